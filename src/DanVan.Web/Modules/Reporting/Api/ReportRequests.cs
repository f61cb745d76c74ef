using DanVan.Web.Modules.Reporting.Reports;

namespace DanVan.Web.Modules.Reporting.Api;

internal sealed record ReportUpdateRequest(int Revision, IReadOnlyList<NarrativeRequest>? Narratives, IReadOnlyList<ValueRequest>? Values);

internal sealed record NarrativeRequest(Guid TaskId, string? Results, string? Limitations, string? Proposals);

/// <param name="Indicator">The indicator's code, e.g. "DAN_SO".</param>
/// <param name="AreaId">The village, for indicators entered by village; null for the whole unit.</param>
/// <param name="Value">As typed in the form: "1.234", "12,5", "Có"/"Không", or text; null or empty clears it.</param>
internal sealed record ValueRequest(string Indicator, Guid? AreaId, string? Value);

internal sealed record ReportSubmitRequest(int Revision);

/// <param name="Comment">Required to return (what the unit must correct); optional to accept.</param>
internal sealed record ReportReviewRequest(int Revision, string? Comment);

/// <summary>Turns an API request into the report form the pages post, so both go through the same checks.</summary>
internal static class ReportRequests
{
    public static (ReportForm Form, Dictionary<string, string[]> Errors) Apply(ReportContext context, ReportUpdateRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var form = ReportWorkspace.FormOf(context);
        form.Revision = request.Revision;
        var narratives = request.Narratives ?? [];
        for (var i = 0; i < narratives.Count; i++)
        {
            var field = form.Narratives.FirstOrDefault(n => n.TaskId == narratives[i].TaskId);
            if (field is null)
            {
                errors[$"narratives[{i}].taskId"] = ["Nhiệm vụ này không phải nhiệm vụ của đơn vị trong kế hoạch."];
                continue;
            }

            (field.Results, field.Limitations, field.Proposals) = (narratives[i].Results, narratives[i].Limitations, narratives[i].Proposals);
        }

        var values = request.Values ?? [];
        for (var i = 0; i < values.Count; i++)
        {
            var indicator = context.Indicators.FirstOrDefault(x => string.Equals(x.Code, values[i].Indicator?.Trim(), StringComparison.OrdinalIgnoreCase));
            var field = indicator is null ? null : form.Values.FirstOrDefault(v => v.IndicatorId == indicator.Id && v.AreaId == values[i].AreaId);
            if (field is null)
            {
                errors[$"values[{i}]"] = [indicator is null
                    ? $"Không có chỉ tiêu mã “{values[i].Indicator}” trong báo cáo này."
                    : indicator.IsComputed ? $"{indicator.Code} là tỷ lệ được tính, không nhập." : $"{indicator.Code}: địa bàn không đúng (nhập theo thôn thì cần areaId của một thôn của đơn vị, nếu không thì để trống)."];
                continue;
            }

            field.Raw = values[i].Value;
        }

        return (form, errors);
    }

    /// <summary>The form's errors under "values" or "narratives"; each message names the indicator and village.</summary>
    public static Dictionary<string, string[]> ErrorsByPart(IReadOnlyList<FieldError> errors) =>
        errors.GroupBy(e => e.Field.Contains("Values", StringComparison.Ordinal) ? "values" : "narratives").ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
}
