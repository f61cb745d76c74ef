using System.Text;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.VisualBasic.FileIO;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Web.Modules.Organizations.Transfer;

public sealed record ImportResult(int Created, int Updated, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Imports an organization tree from CSV: new codes are created, known codes updated (and moved when their
/// parent changes). The whole file is checked first; one error and nothing is saved. Errors name the line.
/// </summary>
public sealed class OrganizationCsvImport(AppDbContext db)
{
    public const long MaxBytes = 2 * 1024 * 1024;

    public async Task<ImportResult> ImportAsync(Stream content, OrgScope scope, CancellationToken cancellationToken)
    {
        var (rows, errors) = await ReadAsync(content, cancellationToken);
        if (errors.Count > 0)
        {
            return new ImportResult(0, 0, errors);
        }

        // Only what the file names is read (83,000 units and 100,000 areas nationally): its units, their parents, its areas.
        var kinds = await db.OrganizationKinds.ToDictionaryAsync(k => k.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var areaCodes = rows.Select(r => r.Row.Area.ToUpperInvariant()).Distinct().ToList();
        var areas = await db.Areas.Where(a => areaCodes.Contains(a.Code.ToUpper())).ToDictionaryAsync(a => a.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var codes = rows.SelectMany(r => new[] { r.Row.Code, r.Row.Parent }).Where(c => c.Length > 0).Select(c => c.ToUpperInvariant()).Distinct().ToList();
        var existing = await db.Organizations.Include(o => o.Parent).Where(o => codes.Contains(o.Code.ToUpper()))
            .ToDictionaryAsync(o => o.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var inFile = new Dictionary<string, (int Line, OrganizationCsvRow Row)>(StringComparer.OrdinalIgnoreCase);

        foreach (var (line, row) in rows)
        {
            if (!inFile.TryAdd(row.Code, (line, row)))
            {
                errors.Add($"Dòng {line}: mã '{row.Code}' đã xuất hiện ở dòng {inFile[row.Code].Line}.");
            }

            if (!kinds.ContainsKey(row.Kind))
            {
                errors.Add($"Dòng {line}: loại tổ chức '{row.Kind}' không có trong danh mục.");
            }

            if (!areas.ContainsKey(row.Area))
            {
                errors.Add($"Dòng {line}: địa bàn có mã '{row.Area}' không tồn tại.");
            }
        }

        foreach (var (line, row) in rows)
        {
            if (row.Parent.Length > 0 && !inFile.ContainsKey(row.Parent) && !existing.ContainsKey(row.Parent))
            {
                errors.Add($"Dòng {line}: tổ chức cấp trên '{row.Parent}' không có trong tệp cũng như trong hệ thống.");
            }
        }

        var order = errors.Count == 0 ? TopologicalOrder(rows, inFile, errors) : [];
        if (errors.Count > 0)
        {
            return new ImportResult(0, 0, errors);
        }

        var created = 0;
        var updated = 0;
        foreach (var (line, row) in order)
        {
            var parent = row.Parent.Length == 0 ? null : existing[row.Parent];
            existing.TryGetValue(row.Code, out var organization);
            try
            {
                if (organization is null)
                {
                    OrganizationTree.EnsureMayPlaceUnder(scope, parent);
                    organization = Organization.Create(row.Code, row.Name, row.ShortName, kinds[row.Kind], areas[row.Area], parent);
                    db.Organizations.Add(organization);
                    existing[organization.Code] = organization;
                    created++;
                }
                else
                {
                    if (!scope.Allows(OrganizationPermissions.Manage, organization))
                    {
                        throw new AccessDeniedException($"Bạn không có quyền quản lý tổ chức mã '{organization.Code}'.");
                    }

                    organization.Update(row.Code, row.Name, row.ShortName, kinds[row.Kind], areas[row.Area]);
                    if (organization.ParentId != parent?.Id)
                    {
                        // The same rule as the Move page: the new parent is the user's, the top level an administrator's.
                        OrganizationTree.EnsureMayMove(scope, organization, parent);
                        // By the path the database holds: an ancestor moved earlier in this file changed it in memory only.
                        var path = db.Entry(organization).Property(o => o.Path).OriginalValue;
                        var id = organization.Id;
                        var descendants = await db.Organizations.Where(o => o.Path.StartsWith(path) && o.Id != id).ToListAsync(cancellationToken);
                        organization.MoveUnder(parent, descendants);
                    }

                    updated++;
                }
            }
            catch (BusinessRuleException e)
            {
                errors.Add($"Dòng {line}: {e.Message}");
            }
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new ImportResult(0, 0, errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ImportResult(created, updated, []);
    }

    /// <summary>The apostrophe the export puts before a formula-like value is not part of it.</summary>
    private static string Unescaped(string value) =>
        value.Length > 1 && value[0] == '\'' && OrganizationCsvExport.FormulaStarts.Contains(value[1], StringComparison.Ordinal) ? value[1..] : value;

    private static async Task<(List<(int Line, OrganizationCsvRow Row)> Rows, List<string> Errors)> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        var rows = new List<(int, OrganizationCsvRow)>();
        var errors = new List<string>();
        string text;
        try
        {
            using var reader = new StreamReader(content, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            text = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            return (rows, ["Tệp không phải văn bản UTF-8. Hãy lưu tệp dưới dạng CSV UTF-8."]);
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return (rows, ["Tệp không phải tệp CSV (có ký tự nhị phân)."]);
        }

        using var parser = new TextFieldParser(new StringReader(text)) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = true };
        parser.SetDelimiters(",");
        string[]? header;
        try
        {
            header = parser.ReadFields();
        }
        catch (MalformedLineException)
        {
            header = null;
        }

        if (header is null)
        {
            return (rows, ["Tệp trống: cần dòng tiêu đề (ma,ten,ten_viet_tat,loai,dia_ban,ma_cap_tren) và ít nhất một dòng dữ liệu."]);
        }

        var index = header.Select((name, i) => (name: name.Trim().ToLowerInvariant(), i)).GroupBy(h => h.name).ToDictionary(g => g.Key, g => g.First().i);
        var missing = OrganizationCsvRow.RequiredColumns.Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            return (rows, [$"Dòng 1: thiếu cột {string.Join(", ", missing)}."]);
        }

        while (!parser.EndOfData)
        {
            var line = (int)parser.LineNumber;
            string[]? fields;
            try
            {
                fields = parser.ReadFields();
            }
            catch (MalformedLineException e)
            {
                errors.Add($"Dòng {e.LineNumber}: dòng sai định dạng CSV (dấu ngoặc kép không khớp).");
                continue;
            }

            if (fields is null || fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            string Field(string column) => index.TryGetValue(column, out var i) && i < fields.Length ? Unescaped(InputText.Clean(fields[i])!.Trim()) : "";
            var row = new OrganizationCsvRow(Field("ma"), Field("ten"), Field("ten_viet_tat"), Field("loai"), Field("dia_ban"), Field("ma_cap_tren"), Field("luu_tru").Length > 0);
            if (row.Code.Length == 0)
            {
                errors.Add($"Dòng {line}: thiếu mã tổ chức (cột ma).");
            }

            if (row.Name.Length == 0)
            {
                errors.Add($"Dòng {line}: thiếu tên tổ chức (cột ten).");
            }

            rows.Add((line, row));
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add("Tệp không có dòng dữ liệu nào.");
        }

        return (rows, errors);
    }

    /// <summary>Orders rows so that each parent comes before its children; reports cycles by line.</summary>
    private static List<(int Line, OrganizationCsvRow Row)> TopologicalOrder(
        List<(int Line, OrganizationCsvRow Row)> rows,
        Dictionary<string, (int Line, OrganizationCsvRow Row)> inFile,
        List<string> errors)
    {
        var ordered = new List<(int, OrganizationCsvRow)>();
        var state = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, row) in rows)
        {
            Visit(row.Code, line);
        }

        return ordered;

        void Visit(string code, int line)
        {
            var path = new List<string>();
            var current = code;
            while (true)
            {
                if (state.TryGetValue(current, out var s) && s == 2)
                {
                    break;
                }

                if (path.Contains(current, StringComparer.OrdinalIgnoreCase))
                {
                    errors.Add($"Dòng {line}: vòng lặp cấp trên ({string.Join(" → ", path.Append(current))}).");
                    foreach (var p in path)
                    {
                        state[p] = 2;
                    }

                    return;
                }

                path.Add(current);
                if (!inFile.TryGetValue(current, out var entry) || entry.Row.Parent.Length == 0 || !inFile.ContainsKey(entry.Row.Parent))
                {
                    break;
                }

                current = entry.Row.Parent;
            }

            for (var i = path.Count - 1; i >= 0; i--)
            {
                if (state.GetValueOrDefault(path[i]) != 2 && inFile.TryGetValue(path[i], out var entry))
                {
                    state[path[i]] = 2;
                    ordered.Add(entry);
                }
            }
        }
    }
}
