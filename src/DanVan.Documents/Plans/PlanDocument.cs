namespace DanVan.Documents.Plans;

/// <summary>
/// What DanVan understood of a plan document. The JSON form (<c>plan parse --json</c>) is a contract:
/// fields may be added, never renamed. Anything not in the text is null or empty, with a warning.
/// </summary>
public sealed record PlanDocument
{
    public string? Kind { get; init; }

    public string? Number { get; init; }

    public string? Issuer { get; init; }

    public string? SuperiorIssuer { get; init; }

    public DateOnly? Date { get; init; }

    public string? Place { get; init; }

    public string? Title { get; init; }

    public IReadOnlyList<Citation> Citations { get; init; } = [];

    public IReadOnlyList<Section> Sections { get; init; } = [];

    public IReadOnlyList<PlanTask> Tasks { get; init; } = [];

    public IReadOnlyList<Assignment> Assignments { get; init; } = [];

    public IReadOnlyList<ReportingRule> Reporting { get; init; } = [];

    /// <summary>Where the issuer's reports go and which unit consolidates for it, as the plan says.</summary>
    public PlanChain Chain { get; init; } = new(null, null);

    public IReadOnlyList<string> Footnotes { get; init; } = [];

    public IReadOnlyList<string> Recipients { get; init; } = [];

    public Signer? Signer { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The number of the decision a plan is issued with ("ban hành kèm theo"): not a document it carries out.</summary>
    public string? IssuedWith { get; init; }
}

/// <summary>A document cited by the plan (once, however often it is cited).</summary>
public sealed record Citation(string Kind, string Number, DateOnly? Date, string? Issuer)
{
    /// <summary>The 1-based source line of the first mention.</summary>
    public int Line { get; init; }
}

/// <summary>A numbered part of the document: "I", "1", "1.1", "a".</summary>
public sealed record Section(string Label, string Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<Section> Children)
{
    /// <summary>The path of labels from the top, e.g. "III.5.1".</summary>
    public string Path { get; init; } = "";

    public int Line { get; init; }
}

/// <summary>An item of the contents or tasks-and-solutions sections.</summary>
public sealed record PlanTask(string Id, string Section, string Text, IReadOnlyList<string> Bullets)
{
    public int Line { get; init; }

    /// <summary>As the text says, if it does: <c>once</c>, <c>monthly</c>, <c>quarterly</c>, <c>six-monthly</c>, <c>annual</c>, <c>ongoing</c>.</summary>
    public string? Recurrence { get; init; }

    /// <summary>The deadline the text gives a task done once ("hoàn thành trước ngày 30/6/2026").</summary>
    public DateOnly? DueOn { get; init; }

    /// <summary>The units the item names as its subject, in a document whose numbered items are its tasks (a Chỉ thị).</summary>
    public IReadOnlyList<string> Units { get; init; } = [];

    /// <summary>The same task with the schedule its own words give.</summary>
    internal PlanTask WithSchedule()
    {
        var (recurrence, due) = ScheduleReader.Read(string.Join(' ', Bullets.Prepend(Text)));
        return this with { Recurrence = recurrence, DueOn = due };
    }
}

/// <summary>A unit named in "Tổ chức thực hiện", with its role and what it must do.</summary>
public sealed record Assignment(string Unit, string Role, IReadOnlyList<string> Tasks, string Section)
{
    public int Line { get; init; }
}

/// <summary>A reporting period the plan requires: <c>6-month</c>, <c>annual</c> or <c>on-request</c>.</summary>
public sealed record ReportingRule(string Kind, string Text);

public sealed record Signer(string? Authority, string? Title, string? Name);
