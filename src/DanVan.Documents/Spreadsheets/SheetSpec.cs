namespace DanVan.Documents.Spreadsheets;

/// <summary>
/// One worksheet to write: a header row, data rows and the checks Excel applies while a person types.
/// Cells are strings, numbers (int, long, decimal, double), dates (<see cref="DateOnly"/>) or null.
/// </summary>
public sealed class SheetSpec(string name)
{
    public string Name { get; } = name.Length > 31 ? name[..31] : name;

    public List<SheetColumn> Columns { get; } = [];

    public List<object?[]> Rows { get; } = [];

    public List<CellValidation> Validations { get; } = [];

    /// <summary>Lines written above the header (a title, instructions); the header row follows them.</summary>
    public List<string> Preamble { get; } = [];

    public SheetSpec Column(string header, double width = 15)
    {
        Columns.Add(new SheetColumn(header, width));
        return this;
    }

    public SheetSpec Row(params object?[] cells)
    {
        Rows.Add(cells);
        return this;
    }

    /// <summary>The spreadsheet row number (1-based) of data row <paramref name="index"/> (0-based).</summary>
    public int RowNumberOf(int index) => Preamble.Count + 2 + index;
}

public sealed record SheetColumn(string Header, double Width);

/// <summary>An Excel data-validation rule on a cell range such as "D5:D20".</summary>
public sealed record CellValidation(string Range, ValidationKind Kind, string? Minimum = null, string? Maximum = null, IReadOnlyList<string>? Choices = null, string? Message = null);

public enum ValidationKind
{
    WholeNumber,
    Decimal,
    List,
    TextLength,
}
