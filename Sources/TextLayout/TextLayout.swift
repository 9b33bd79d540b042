/// TextLayout turns parsed HTML into styled lines that fit a width exactly.
public enum TextLayout {}
