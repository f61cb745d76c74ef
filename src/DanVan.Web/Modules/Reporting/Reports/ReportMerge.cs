using System.Security.Cryptography;
using System.Text;

namespace DanVan.Web.Modules.Reporting.Reports;

/// <summary>
/// Two people edit one report: what the second one typed is merged field by field with what the first one saved
/// meanwhile. A field the second did not touch takes the saved text; a field only they changed keeps theirs; a
/// field both changed is a conflict shown beside the other's text. Nobody's work is put back to an old text.
/// </summary>
internal static class ReportMerge
{
    /// <summary>A short fingerprint of a field's text as the form was opened (empty and missing are the same).</summary>
    public static string Stamp(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "-" : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.Trim().ReplaceLineEndings("\n"))))[..12];

    public static ReportForm Stamped(ReportForm form)
    {
        foreach (var n in form.Narratives)
        {
            (n.ResultsStamp, n.LimitationsStamp, n.ProposalsStamp) = (Stamp(n.Results), Stamp(n.Limitations), Stamp(n.Proposals));
        }

        foreach (var v in form.Values)
        {
            v.RawStamp = Stamp(v.Raw);
        }

        return form;
    }

    /// <param name="typed">The posted form, with the stamps of the version it was opened at.</param>
    /// <param name="saved">The form of the report as saved now.</param>
    /// <returns>The merged form (stamped as saved now), the form fields in conflict, and how many fields took the saved text.</returns>
    public static (ReportForm Merged, IReadOnlyList<string> Conflicts, int TakenFromSaved) Merge(ReportForm typed, ReportForm saved)
    {
        var conflicts = new List<string>();
        var taken = 0;
        string? Pick(string? mine, string? stamp, string? theirs, string field)
        {
            var touched = stamp is null || Stamp(mine) != stamp;
            if (!touched)
            {
                taken += Stamp(theirs) != stamp ? 1 : 0;
                return theirs;
            }

            if (stamp is not null && Stamp(theirs) != stamp && Stamp(theirs) != Stamp(mine))
            {
                conflicts.Add(field);
            }

            return mine;
        }

        var merged = new ReportForm { Revision = saved.Revision };
        for (var i = 0; i < saved.Narratives.Count; i++)
        {
            var theirs = saved.Narratives[i];
            var mine = typed.Narratives.FirstOrDefault(n => n.TaskId == theirs.TaskId);
            merged.Narratives.Add(mine is null ? theirs : new NarrativeField
            {
                TaskId = theirs.TaskId,
                Results = Pick(mine.Results, mine.ResultsStamp, theirs.Results, $"Form.Narratives[{i}].Results"),
                Limitations = Pick(mine.Limitations, mine.LimitationsStamp, theirs.Limitations, $"Form.Narratives[{i}].Limitations"),
                Proposals = Pick(mine.Proposals, mine.ProposalsStamp, theirs.Proposals, $"Form.Narratives[{i}].Proposals"),
            });
        }

        for (var j = 0; j < saved.Values.Count; j++)
        {
            var theirs = saved.Values[j];
            var mine = typed.Values.FirstOrDefault(v => v.IndicatorId == theirs.IndicatorId && v.AreaId == theirs.AreaId);
            merged.Values.Add(mine is null ? theirs : new ValueField
            {
                IndicatorId = theirs.IndicatorId,
                AreaId = theirs.AreaId,
                Raw = Pick(mine.Raw, mine.RawStamp, theirs.Raw, $"Form.Values[{j}].Raw"),
            });
        }

        // A second save after this one is made knowing the saved text: its stamps are the saved ones.
        foreach (var (m, s) in merged.Narratives.Zip(Stamped(saved).Narratives))
        {
            (m.ResultsStamp, m.LimitationsStamp, m.ProposalsStamp) = (s.ResultsStamp, s.LimitationsStamp, s.ProposalsStamp);
        }

        foreach (var (m, s) in merged.Values.Zip(saved.Values))
        {
            m.RawStamp = s.RawStamp;
        }

        return (merged, conflicts, taken);
    }
}
