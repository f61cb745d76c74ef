using DanVan.Documents.Plans;
using DanVan.Web.Infrastructure.Text;

namespace DanVan.Web.Modules.Plans.Import;

/// <summary>Turns what the parser read into the first draft the officer reviews, with suggestions filled in.</summary>
internal static class PlanDraftBuilder
{
    private static readonly string[] DirectiveKinds = ["Kết luận", "Chỉ thị", "Nghị quyết", "Quyết định", "Chương trình"];

    public static PlanDraft Build(PlanDocument parsed, UnitMatcher units, Guid? parentPlanId, IReadOnlyList<PlanTask> parentTasks)
    {
        var draft = new PlanDraft
        {
            Kind = parsed.Kind ?? "Kế hoạch",
            Number = parsed.Number,
            Issuer = parsed.Issuer,
            IssuedOn = parsed.Date is { } date ? VietnameseText.FormatDate(date) : null,
            Place = parsed.Place,
            Title = parsed.Title,
            ParentPlanId = parentPlanId,
            ImplementsNumber = ImplementedDocument(parsed),
            ReportsSixMonthly = parsed.Reporting.Any(r => r.Kind == "6-month"),
            ReportsAnnually = parsed.Reporting.Any(r => r.Kind == "annual"),
            ReportsOnRequest = parsed.Reporting.Any(r => r.Kind == "on-request"),
            // Below a parent plan in DanVan, the issuer's report goes up in that plan's period.
            ReportsTo = parentPlanId is null ? parsed.Chain.ReportsTo : null,
            ConsolidatorId = parsed.Chain.Consolidator is { } named && units.Suggest(named) is [var one] && one.Id != units.Issuer.Id ? one.Id : null,
            SignerName = parsed.Signer?.Name,
            SignerTitle = parsed.Signer?.Title,
        };

        foreach (var task in parsed.Tasks)
        {
            var text = string.Join('\n', new[] { task.Text }.Concat(task.Bullets.Select(b => "- " + b)));
            // The schedule the task's own words give ("hằng quý", "hoàn thành trước ngày 30/6/2026"), for the officer to confirm.
            draft.Tasks.Add(new DraftTask
            {
                Number = task.Id, Text = text, Line = task.Line,
                Recurrence = RecurrenceOf(task.Recurrence) ?? TaskRecurrence.Ongoing,
                DueOn = task.DueOn is { } due ? VietnameseText.FormatDate(due) : null,
                Units = [.. task.Units.Select(u => new DraftTaskUnit { Name = u, Role = AssignmentRole.Lead })],
            });
        }

        foreach (var section in parsed.Assignments.GroupBy(a => a.Section))
        {
            var first = section.First();
            draft.Tasks.Add(new DraftTask
            {
                Number = section.Key,
                Text = string.Join('\n', first.Tasks),
                Line = first.Line,
                Units = [.. section.Select(a => new DraftTaskUnit { Name = a.Unit, Role = a.Role == "coordinate" ? AssignmentRole.Coordinate : AssignmentRole.Lead })],
            });
        }

        DraftEditing.TidyUnits(draft, name => Suggest(units, name));
        SuggestParentTasks(draft, parentTasks);
        return draft;
    }

    private static TaskRecurrence? RecurrenceOf(string? read) => read switch
    {
        "once" => TaskRecurrence.Once,
        "monthly" => TaskRecurrence.Monthly,
        "quarterly" => TaskRecurrence.Quarterly,
        "six-monthly" => TaskRecurrence.SixMonthly,
        "annual" => TaskRecurrence.Annual,
        "ongoing" => TaskRecurrence.Ongoing,
        _ => null,
    };

    public static DraftUnit Suggest(UnitMatcher units, string name) =>
        new() { Name = name, OrganizationIds = [.. units.Suggest(name).Select(o => o.Id)] };

    /// <summary>For each task, the task of the parent plan it most resembles, when the resemblance is clear.</summary>
    public static void SuggestParentTasks(PlanDraft draft, IReadOnlyList<PlanTask> parentTasks)
    {
        draft.SuggestedForParentPlanId = draft.ParentPlanId;
        var parents = parentTasks.Select(p => (p.Id, Heading: Words.Of(p.Heading), All: Words.Of(p.Text))).ToList();
        foreach (var task in draft.Tasks)
        {
            task.ParentTaskId = null;
            if (parents.Count == 0)
            {
                continue;
            }

            var heading = Words.Of(task.Text.Split('\n', 2)[0]);
            var all = Words.Of(task.Text);
            var best = parents
                .Select(p => (p.Id, Score: (0.6 * Words.Dice(heading, p.Heading)) + (0.4 * Words.Dice(all, p.All))))
                .MaxBy(p => p.Score);
            if (best.Score >= 0.35)
            {
                task.ParentTaskId = best.Id;
            }
        }
    }

    /// <summary>The directive a plan carries out: the one its title names ("thực hiện Kết luận số 236-KL/TW").</summary>
    private static string? ImplementedDocument(PlanDocument parsed)
    {
        // The decision a plan is issued with is not what it carries out.
        var citations = parsed.Citations.Where(c => c.Number is not null && c.Number != parsed.IssuedWith).ToList();
        var inTitle = citations.FirstOrDefault(c => parsed.Title?.Contains(c.Number, StringComparison.Ordinal) == true);
        return (inTitle ?? citations.FirstOrDefault(c => DirectiveKinds.Contains(c.Kind)))?.Number;
    }
}
