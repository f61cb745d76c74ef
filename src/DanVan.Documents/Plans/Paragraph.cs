namespace DanVan.Documents.Plans;

internal enum Marker
{
    None,
    Roman,
    Number,
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
