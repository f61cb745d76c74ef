using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DanVan.Web.Modules.Evaluation.Rounds;

/// <summary>
/// The per-criterion fields of a scorecard form ("Entered[criterion].Points|Evidence", "Adjust[criterion].Points|Reason"),
/// as typed (shown again when the form is refused) and as numbers (8,5 or 8.5).
/// </summary>
public sealed partial class ScoreForm
{
    public Dictionary<Guid, EnteredInput> Entered { get; } = [];

    public Dictionary<Guid, AdjustInput> Adjust { get; } = [];

    /// <summary>Points read per entered criterion (null: left empty).</summary>
    internal Dictionary<Guid, decimal?> EnteredPoints { get; } = [];

    /// <summary>Points read per adjusted computed criterion (null: the adjustment removed).</summary>
    internal Dictionary<Guid, decimal?> AdjustedPoints { get; } = [];

    /// <summary>Reads the fields; one naming no criterion is ignored.</summary>
    public static ScoreForm Read(IFormCollection form)
    {
        var read = new ScoreForm();
        foreach (var (key, value) in form)
        {
            var match = Field().Match(key);
            if (!match.Success || !Guid.TryParse(match.Groups[2].Value, out var criterion))
            {
                continue;
            }

            var text = value.ToString();
            if (match.Groups[1].Value == "Entered")
            {
                var input = read.Entered.TryGetValue(criterion, out var found) ? found : read.Entered[criterion] = new EnteredInput();
                _ = match.Groups[3].Value == "Points" ? input.Points = text : input.Evidence = text;
            }
            else
            {
                var input = read.Adjust.TryGetValue(criterion, out var found) ? found : read.Adjust[criterion] = new AdjustInput();
                _ = match.Groups[3].Value == "Points" ? input.Points = text : input.Reason = text;
            }
        }

        return read;
    }

    /// <summary>Reads the points as numbers; the first that is not one is told.</summary>
    public bool TryPoints(ModelStateDictionary modelState)
    {
        foreach (var (key, input) in Entered)
        {
            if (!Number(input.Points, out var value))
            {
                modelState.AddModelError(string.Empty, "Điểm phải là một số, ví dụ 8 hoặc 8,5.");
                return false;
            }

            EnteredPoints[key] = value;
        }

        foreach (var (key, input) in Adjust)
        {
            if (!Number(input.Points, out var value))
            {
                modelState.AddModelError(string.Empty, "Điểm điều chỉnh phải là một số, ví dụ 40 hoặc 40,5.");
                return false;
            }

            AdjustedPoints[key] = value;
        }

        return true;
    }

    /// <summary>The points and evidence of a self-assessment (a field left empty: 0).</summary>
    internal Dictionary<Guid, (decimal Points, string? Evidence)> Self() =>
        Entered.ToDictionary(e => e.Key, e => (EnteredPoints[e.Key] ?? 0, e.Value.Evidence));

    /// <summary>The appraisers' points (a field left empty keeps what was there).</summary>
    internal Dictionary<Guid, decimal> Appraised() =>
        EnteredPoints.Where(e => e.Value is not null).ToDictionary(e => e.Key, e => e.Value!.Value);

    /// <summary>The adjustments of computed parts with their reasons (empty points: the adjustment removed).</summary>
    internal Dictionary<Guid, (decimal? Points, string? Reason)> Adjustments() =>
        Adjust.ToDictionary(a => a.Key, a => (AdjustedPoints[a.Key], a.Value.Reason));

    /// <summary>What the form shows in a criterion's field: what was typed when the form was refused, else the saved value.</summary>
    public string? Shown(Guid criterion, decimal? saved) =>
        Entered.TryGetValue(criterion, out var typed) ? typed.Points : saved is { } points ? Scoring.Scorecard.Number(points) : null;

    /// <summary>A number as typed (8,5 or 8.5); empty reads as null.</summary>
    internal static bool Number(string? text, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    [GeneratedRegex(@"^(Entered|Adjust)\[([0-9a-fA-F-]{36})\]\.(Points|Evidence|Reason)$")]
    private static partial Regex Field();
}

public sealed class EnteredInput
{
    public string? Points { get; set; }

    public string? Evidence { get; set; }
}

public sealed class AdjustInput
{
    public string? Points { get; set; }

    public string? Reason { get; set; }
}
