using System.Globalization;
using System.Text.RegularExpressions;
using DanVan.Documents.Spreadsheets;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Reporting.Indicators;

namespace DanVan.Web.Modules.Reporting.Reports;

/// <summary>
/// A unit's report as an .xlsx form to fill offline — one sheet of narratives per task, one of indicator values
/// with Excel's own checks — and the reading of that form back into the report form, every problem named by
/// sheet, row, column and reason. The file carries the report's id and revision so it lands on the right report
/// and cannot overwrite what was saved after it was downloaded.
/// </summary>
internal static partial class ReportWorkbook
{
    public const string NarrativeSheet = "Nội dung";
    public const string ValueSheet = "Chỉ tiêu";
    public const string WholeUnit = "Toàn đơn vị";

    private const int ValueColumn = 5;
    private static readonly string[] NarrativeHeaders = ["Số", "Nhiệm vụ", "Kết quả thực hiện", "Hạn chế, nguyên nhân", "Đề xuất, kiến nghị"];
    private static readonly string[] ValueHeaders = ["Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Thôn", "Giá trị", "Quy tắc"];

    public static byte[] Write(ReportContext context, ReportForm form)
    {
        var stamp = $"Mã báo cáo: {context.Report.Id} – phiên bản {form.Revision}. Không sửa dòng này, cột “Số”, “Mã chỉ tiêu” và “Thôn”.";
        var title = $"{context.Unit.Name} – {context.Period.Title} (hạn gửi {VietnameseText.FormatDate(context.Report.DueOn)})";

        var narratives = new SheetSpec(NarrativeSheet);
        narratives.Preamble.AddRange([title, stamp, "Viết vào ba cột cuối; để trống phần chưa có. Ô dài được xuống dòng bằng Alt+Enter."]);
        narratives.Column(NarrativeHeaders[0], 8).Column(NarrativeHeaders[1], 50).Column(NarrativeHeaders[2], 60).Column(NarrativeHeaders[3], 45).Column(NarrativeHeaders[4], 45);
        foreach (var task in context.Tasks)
        {
            var field = form.Narratives.FirstOrDefault(n => n.TaskId == task.Id);
            narratives.Row(task.Number, task.Heading, field?.Results, field?.Limitations, field?.Proposals);
        }

        var values = new SheetSpec(ValueSheet);
        values.Preamble.AddRange([title, stamp, "Nhập vào cột “Giá trị”: số viết như 1.234 hoặc 12,5; có/không chọn “Có” hoặc “Không”. Tỷ lệ được DanVan tự tính, không nhập."]);
        values.Column(ValueHeaders[0], 14).Column(ValueHeaders[1], 50).Column(ValueHeaders[2], 12).Column(ValueHeaders[3], 22).Column(ValueHeaders[4], 16).Column(ValueHeaders[5], 40);
        foreach (var (indicator, village) in context.ValueRows())
        {
            var raw = form.Values.FirstOrDefault(v => v.IndicatorId == indicator.Id && v.AreaId == village?.Id)?.Raw;
            object? cell = indicator.IsNumeric && !string.IsNullOrWhiteSpace(raw) && IndicatorValues.TryParseNumber(raw, out var number) ? number : raw;
            var row = values.RowNumberOf(values.Rows.Count);
            values.Row(indicator.Code, indicator.Name, indicator.Unit, village?.Name ?? WholeUnit, cell, Rule(context, indicator));
            if (Validation(indicator, $"{XlsxWriter.ColumnName(ValueColumn - 1)}{row}") is { } validation)
            {
                values.Validations.Add(validation);
            }
        }

        return XlsxWriter.Write(narratives, values);
    }

    /// <summary>
    /// The report form as the file fills it, starting from <paramref name="saved"/>: only what the file holds
    /// changes. Errors name sheet, row, column and reason; the caller saves nothing when there is any.
    /// </summary>
    public static (ReportForm Form, List<string> Errors) Read(ReportContext context, ReportForm saved, SheetBook book)
    {
        var errors = new List<string>();
        var form = new ReportForm
        {
            Revision = saved.Revision,
            Narratives = saved.Narratives.Select(n => new NarrativeField { TaskId = n.TaskId, Results = n.Results, Limitations = n.Limitations, Proposals = n.Proposals }).ToList(),
            Values = saved.Values.Select(v => new ValueField { IndicatorId = v.IndicatorId, AreaId = v.AreaId, Raw = v.Raw }).ToList(),
        };
        var narrativeSheet = book.Sheet(NarrativeSheet);
        var valueSheet = book.Sheet(ValueSheet);
        if (narrativeSheet is null || valueSheet is null)
        {
            errors.Add($"Tệp không có trang “{NarrativeSheet}” và trang “{ValueSheet}”: hãy dùng mẫu tải từ DanVan cho báo cáo này.");
            return (form, errors);
        }

        if (!CheckStamp(context, saved, narrativeSheet, errors) || !CheckStamp(context, saved, valueSheet, errors)
            || !CheckHeaders(narrativeSheet, NarrativeHeaders, errors) || !CheckHeaders(valueSheet, ValueHeaders, errors))
        {
            return (form, errors);
        }

        ReadNarratives(context, narrativeSheet, form, errors);
        var rowOfValue = ReadValues(context, valueSheet, form, errors);

        // The same checks as the page (bounds, "not above", counts not negative), in the same pass as the cells that are
        // not numbers, reported at the row the value came from; a cell already named is not named twice.
        var named = errors.ToList();
        foreach (var error in ReportWorkspace.Read(context, form).Errors)
        {
            var index = FieldIndex().Match(error.Field) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
            if (!rowOfValue.TryGetValue(index, out var row))
            {
                errors.Add($"Trang “{ValueSheet}”: {error.Message}");
            }
            else if (!named.Any(e => e.StartsWith(At(valueSheet, row, ValueColumn, "")[..^1], StringComparison.Ordinal)))
            {
                errors.Add(At(valueSheet, row, ValueColumn, error.Message));
            }
        }

        return (form, errors);
    }

    private static void ReadNarratives(ReportContext context, SheetCells sheet, ReportForm form, List<string> errors)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var row = HeaderRow + 1; row <= sheet.LastRow; row++)
        {
            var number = sheet[row, 1]?.Text.Trim();
            var texts = Enumerable.Range(3, 3).Select(c => sheet[row, c]?.Text.Trim()).ToArray();
            if (string.IsNullOrEmpty(number))
            {
                if (texts.Any(t => !string.IsNullOrEmpty(t)))
                {
                    errors.Add(At(sheet, row, 1, "thiếu số nhiệm vụ (không xóa cột “Số”)"));
                }

                continue;
            }

            // Tasks are matched by number; when several share a number, by their order.
            var occurrence = seen[number] = seen.GetValueOrDefault(number) + 1;
            var task = context.Tasks.Where(t => string.Equals(t.Number, number, StringComparison.OrdinalIgnoreCase)).Skip(occurrence - 1).FirstOrDefault();
            if (task is null)
            {
                errors.Add(At(sheet, row, 1, $"nhiệm vụ số “{number}” không phải nhiệm vụ của đơn vị trong kế hoạch này"));
                continue;
            }

            for (var i = 0; i < texts.Length; i++)
            {
                if (texts[i] is { Length: > ReportNarrative.MaxLength })
                {
                    errors.Add(At(sheet, row, i + 3, $"dài quá {ReportNarrative.MaxLength:N0} ký tự".Replace(',', '.')));
                }
            }

            var field = form.Narratives.First(n => n.TaskId == task.Id);
            (field.Results, field.Limitations, field.Proposals) = (texts[0], texts[1], texts[2]);
        }
    }

    /// <returns>For each index of <see cref="ReportForm.Values"/> filled from the file, the row it came from.</returns>
    private static Dictionary<int, int> ReadValues(ReportContext context, SheetCells sheet, ReportForm form, List<string> errors)
    {
        var rowOf = new Dictionary<int, int>();
        for (var row = HeaderRow + 1; row <= sheet.LastRow; row++)
        {
            var code = sheet[row, 1]?.Text.Trim();
            var cell = sheet[row, ValueColumn];
            if (string.IsNullOrEmpty(code))
            {
                if (cell is not null)
                {
                    errors.Add(At(sheet, row, 1, "thiếu mã chỉ tiêu (không xóa cột “Mã chỉ tiêu”)"));
                }

                continue;
            }

            var indicator = context.Indicators.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));
            if (indicator is null)
            {
                errors.Add(At(sheet, row, 1, $"không có chỉ tiêu mã “{code}” trong báo cáo này"));
                continue;
            }

            if (indicator.IsComputed)
            {
                if (cell is not null)
                {
                    errors.Add(At(sheet, row, ValueColumn, $"“{indicator.Name}” là tỷ lệ DanVan tự tính, không nhập"));
                }

                continue;
            }

            var place = sheet[row, 4]?.Text.Trim() ?? "";
            var village = context.Villages.FirstOrDefault(v => VietnameseText.Fold(v.Name) == VietnameseText.Fold(place));
            var wholeUnit = place.Length == 0 || VietnameseText.Fold(place) == VietnameseText.Fold(WholeUnit);
            var index = form.Values.FindIndex(v => v.IndicatorId == indicator.Id && v.AreaId == (wholeUnit ? null : village?.Id));
            if (index < 0 || (!wholeUnit && village is null))
            {
                errors.Add(At(sheet, row, 4, indicator.ByVillage && context.Villages.Count > 0
                    ? $"“{place}” không phải là thôn của đơn vị; chỉ tiêu này nhập theo thôn"
                    : $"chỉ tiêu này nhập cho {WholeUnit.ToLowerInvariant()}, không theo thôn"));
                continue;
            }

            if (rowOf.ContainsKey(index))
            {
                errors.Add(At(sheet, row, 1, $"chỉ tiêu {indicator.Code} ({place}) đã có ở dòng {rowOf[index]}"));
                continue;
            }

            rowOf[index] = row;
            var raw = cell?.Number is { } number ? number.ToString("0.############################", IndicatorValues.Vietnamese) : cell?.Text;
            if (!IndicatorValues.TryRead(indicator, raw, out _, out var error))
            {
                errors.Add(At(sheet, row, ValueColumn, error!));
                continue;
            }

            form.Values[index].Raw = raw;
        }

        return rowOf;
    }

    private const int StampRow = 2;
    private const int HeaderRow = 4;

    private static bool CheckStamp(ReportContext context, ReportForm saved, SheetCells sheet, List<string> errors)
    {
        var stamp = sheet[StampRow, 1]?.Text ?? "";
        var match = Stamp().Match(stamp);
        if (!match.Success || !Guid.TryParse(match.Groups[1].Value, out var id))
        {
            errors.Add(At(sheet, StampRow, 1, "không thấy mã báo cáo: hãy dùng mẫu tải từ DanVan, không sửa dòng này"));
            return false;
        }

        if (id != context.Report.Id)
        {
            errors.Add(At(sheet, StampRow, 1, "tệp này là mẫu của một báo cáo khác"));
            return false;
        }

        if (int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) != saved.Revision)
        {
            errors.Add(At(sheet, StampRow, 1, $"báo cáo đã được sửa trên DanVan sau khi tải tệp này (lần cuối: {context.Report.UpdatedByName}). Để không ghi đè, hãy tải mẫu mới và nhập lại phần thay đổi"));
            return false;
        }

        return true;
    }

    private static bool CheckHeaders(SheetCells sheet, string[] headers, List<string> errors)
    {
        for (var c = 0; c < headers.Length; c++)
        {
            if (!string.Equals(sheet[HeaderRow, c + 1]?.Text.Trim(), headers[c], StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(At(sheet, HeaderRow, c + 1, $"tiêu đề cột phải là “{headers[c]}”: không thêm, bớt hay đổi chỗ các cột của mẫu"));
                return false;
            }
        }

        return true;
    }

    private static string At(SheetCells sheet, int row, int column, string reason) =>
        $"Trang “{sheet.Name}”, dòng {row}, cột {XlsxWriter.ColumnName(column - 1)}: {reason}.";

    private static string Rule(ReportContext context, Indicator indicator)
    {
        var parts = new List<string> { indicator.Type.Vietnamese() };
        if (indicator.MinValue is { } min)
        {
            parts.Add($"từ {IndicatorValues.Format(min)}");
        }

        if (indicator.MaxValue is { } max)
        {
            parts.Add($"đến {IndicatorValues.Format(max)}");
        }

        if (indicator.NotAboveId is { } limit && context.Indicators.FirstOrDefault(i => i.Id == limit) is { } other)
        {
            parts.Add($"không vượt quá {other.Code}");
        }

        return string.Join(", ", parts);
    }

    private static CellValidation? Validation(Indicator indicator, string range)
    {
        static string? Bound(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
        return indicator.Type switch
        {
            IndicatorType.Integer => new CellValidation(range, ValidationKind.WholeNumber, Bound(indicator.MinValue) ?? "-1000000000000", Bound(indicator.MaxValue) ?? "1000000000000", Message: "Nhập một số nguyên."),
            IndicatorType.Decimal or IndicatorType.Percent => new CellValidation(range, ValidationKind.Decimal, Bound(indicator.MinValue) ?? "-1000000000000", Bound(indicator.MaxValue) ?? "1000000000000", Message: "Nhập một số."),
            IndicatorType.YesNo => new CellValidation(range, ValidationKind.List, Choices: ["Có", "Không"], Message: "Chọn Có hoặc Không."),
            IndicatorType.Text => new CellValidation(range, ValidationKind.TextLength, "0", IndicatorValues.MaxTextLength.ToString(CultureInfo.InvariantCulture), Message: "Văn bản ngắn."),
            _ => null,
        };
    }

    [GeneratedRegex(@"Mã báo cáo: ([0-9a-fA-F-]{36}) – phiên bản (\d+)")]
    private static partial Regex Stamp();

    [GeneratedRegex(@"Values\[(\d+)\]")]
    private static partial Regex FieldIndex();
}
