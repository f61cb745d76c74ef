namespace DanVan.Web.Modules.Evaluation.Scoring;

/// <summary>
/// What DanVan knows of a unit's work in an evaluation's period, from which the task points are computed: its task
/// cycles due in the period (done on time, done late, not done; those beyond their target), its reports due (sent on
/// time), the recommendations of inspections it had to remedy by then (remedied in time).
/// </summary>
public sealed record TaskFacts(int CyclesDue, int CyclesOnTime, int CyclesLate, int CyclesExceeded, int ReportsDue, int ReportsOnTime, int RecommendationsDue, int RecommendationsRemedied)
{
    public int CyclesNotDone => CyclesDue - CyclesOnTime - CyclesLate;

    /// <summary>Every cycle due was done by its deadline (true when none was due).</summary>
    public bool AllOnTime => CyclesOnTime == CyclesDue;

    /// <summary>Every cycle due was done, on time or late.</summary>
    public bool AllDone => CyclesNotDone == 0;

    public decimal LatePercent => Percent(CyclesLate, CyclesDue);

    public decimal ExceededPercent => Percent(CyclesExceeded, CyclesDue);

    private static decimal Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(100m * part / whole, 1);
}
