/// Name adjustments for SVG and MathML elements and attributes, from the WHATWG tree
/// construction rules ("adjust SVG attributes", "adjust foreign attributes" and the SVG
/// tag-name table of the in-foreign-content rules).
enum ForeignNames {
    /// Lowercased SVG element names mapped to their camel-case form.
    static let svgElements: [String: String] = table(
        "altGlyph altGlyphDef altGlyphItem animateColor animateMotion animateTransform clipPath "
            + "feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix "
            + "feDiffuseLighting feDisplacementMap feDistantLight feDropShadow feFlood feFuncA "
            + "feFuncB feFuncG feFuncR feGaussianBlur feImage feMerge feMergeNode feMorphology "
            + "feOffset fePointLight feSpecularLighting feSpotLight feTile feTurbulence "
            + "foreignObject glyphRef linearGradient radialGradient textPath")

    /// Lowercased SVG attribute names mapped to their camel-case form.
    static let svgAttributes: [String: String] = table(
        "attributeName attributeType baseFrequency baseProfile calcMode clipPathUnits "
            + "diffuseConstant edgeMode filterUnits glyphRef gradientTransform gradientUnits "
            + "kernelMatrix kernelUnitLength keyPoints keySplines keyTimes lengthAdjust "
            + "limitingConeAngle markerHeight markerUnits markerWidth maskContentUnits maskUnits "
            + "numOctaves pathLength patternContentUnits patternTransform patternUnits pointsAtX "
            + "pointsAtY pointsAtZ preserveAlpha preserveAspectRatio primitiveUnits refX refY "
            + "repeatCount repeatDur requiredExtensions requiredFeatures specularConstant "
            + "specularExponent spreadMethod startOffset stdDeviation stitchTiles surfaceScale "
            + "systemLanguage tableValues targetX targetY textLength viewBox viewTarget "
            + "xChannelSelector yChannelSelector zoomAndPan")

    /// Attributes that live in the XLink, XML or XMLNS namespace on foreign elements.
    static let namespacedAttributes: Set<String> = [
        "xlink:actuate", "xlink:arcrole", "xlink:href", "xlink:role", "xlink:show", "xlink:title",
        "xlink:type", "xml:lang", "xml:space", "xmlns:xlink",
    ]

    /// Applies the SVG or MathML attribute-name adjustments to a foreign start tag.
    static func adjustAttributes(_ attributes: [Attribute], namespace: Namespace) -> [Attribute] {
        attributes.map { attribute in
            var adjusted = attribute
            switch namespace {
            case .svg:
                adjusted.name = svgAttributes[attribute.name] ?? attribute.name
            case .mathml:
                if attribute.name == "definitionurl" { adjusted.name = "definitionURL" }
            case .html:
                break
            }
            return adjusted
        }
    }

    private static func table(_ names: String) -> [String: String] {
        var result: [String: String] = [:]
        for name in names.split(separator: " ") {
            result[name.lowercased()] = String(name)
        }
        return result
    }
}
