namespace DanVan.Documents.Official;

/// <summary>Which rules lay the document out: Party bodies (Hướng dẫn 36-HD/VPTW) or State bodies (Nghị định 30/2020).</summary>
public enum OfficialFormat
{
    Party,
    State,
}

/// <summary>
/// An official report (báo cáo) as it is printed: the header blocks, number, place and date, type and summary,
/// the body, the signature block and the recipients. Text is given as it should read; the writer sets case, size
/// and style.
/// </summary>
public sealed record OfficialReport
{
    public required OfficialFormat Format { get; init; }

    /// <summary>The superior body above the issuer (e.g. "Đảng bộ tỉnh Tuyên Quang"); Party format, optional.</summary>
    public string? SuperiorBody { get; init; }

    public required string IssuingBody { get; init; }

    /// <summary>The full number and symbol as printed after "Số", e.g. "15-BC/ĐU" (Party) or "15/BC-UBND" (State).</summary>
    public required string Number { get; init; }

    public required string Place { get; init; }

    public required DateOnly Date { get; init; }

    public string DocumentType { get; init; } = "Báo cáo";

    public required string Summary { get; init; }

    public IReadOnlyList<BodyBlock> Body { get; init; } = [];

    /// <summary>"T/M Đảng ủy", "K/T Trưởng ban"…: on whose behalf the signer signs; empty when the head signs directly.</summary>
    public string? SignatureAuthority { get; init; }

    public string? SignerPosition { get; init; }

    public string? SignerName { get; init; }

    public IReadOnlyList<string> Recipients { get; init; } = [];
}

public abstract record BodyBlock;

/// <param name="Level">0: a line set in the middle ("QUYẾT ĐỊNH:" of a decision); 1: "I.", "II." sections; 2: "1.", "2." items.</param>
public sealed record BodyHeading(int Level, string Text) : BodyBlock;

public sealed record BodyParagraph(string Text) : BodyBlock;

/// <summary>
/// A table with a header row; numbers are given already formatted. Without <paramref name="Columns"/> the first column
/// takes what the figures leave and is left-aligned, the others right-aligned (a table of indicators).
/// </summary>
public sealed record BodyTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, string? Caption = null, IReadOnlyList<BodyColumn>? Columns = null) : BodyBlock;

/// <param name="Percent">The column's share of the text width.</param>
public sealed record BodyColumn(int Percent, BodyAlign Align);

public enum BodyAlign
{
    Left,
    Center,
    Right,
}
