using System.Text;

namespace DanVan.Web.Modules.Organizations.Transfer;

internal static class OrganizationCsvExport
{
    /// <summary>RFC 4180 CSV in UTF-8 with a byte-order mark, so that Excel shows Vietnamese correctly.</summary>
    public static byte[] Write(IEnumerable<Organization> organizations)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', OrganizationCsvRow.Columns).Append("\r\n");
        foreach (var o in organizations)
        {
            string[] fields = [o.Code, o.Name, o.ShortName, o.Kind!.Code, o.Area!.Code, o.Parent?.Code ?? "", o.IsArchived ? "x" : ""];
            text.AppendJoin(',', fields.Select(Quote)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>Characters that make a spreadsheet read a cell as a formula (CSV injection).</summary>
    public const string FormulaStarts = "=+-@";

    private static string Quote(string field)
    {
        // A name such as =HYPERLINK(...) stays text in Excel: a leading apostrophe, which the import removes again.
        if (field.Length > 0 && (FormulaStarts.Contains(field[0], StringComparison.Ordinal) || field[0] is '\t' or '\r'))
        {
            field = "'" + field;
        }

        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
