namespace DanVan.Documents.Plans;

internal enum Marker
{
    None,
    Roman,
    Number,

    /// <summary>"Điều 1." of a document written in articles: a number-level section that the items "1.", "2." inside it belong to.</summary>
    Article,
    Decimal,
    Letter,
    Bullet,
    Footnote,
}

/// <summary>One logical paragraph of the source, its numbering marker and the 1-based line it starts on.</summary>
internal sealed record Paragraph(int Line, string Text, Marker Marker, string? Label)
{
    public bool EndsSentence => Text.Length > 0 && ".;:!?…)”\"".Contains(Text[^1], StringComparison.Ordinal);
}
