import Yams

/// ArticleLibrary reads article files: front matter, bodies, folders.
public enum ArticleLibrary {}
