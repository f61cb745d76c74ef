using DanVan.Web.Infrastructure.Web;

namespace DanVan.Web.Modules.Plans.Contracts;

/// <summary>How far each plan has come, per kind of unit, as a page without an account shows it (Decidim's accountability page).</summary>
public interface IPlanProgress
{
    /// <summary>
    /// The plans in force (kind "Kế hoạch", not withdrawn), the highest issuers first, a page at a time; for each, per
    /// kind of unit, the task cycles due by <paramref name="today"/> and how many of them are done.
    /// </summary>
    Task<Paged<PlanShare>> PublicAsync(DateOnly today, int page, int pageSize, CancellationToken cancellationToken);
}

public sealed record PlanShare(Guid PlanId, string Title, string Number, string Issuer, DateOnly? IssuedOn, IReadOnlyList<KindShare> Kinds)
{
    public int Due => Kinds.Sum(k => k.Due);

    public int Done => Kinds.Sum(k => k.Done);
}

/// <param name="Due">Cycles whose deadline has come.</param>
/// <param name="Done">Of those, the ones the units finished.</param>
public sealed record KindShare(string Kind, int Units, int Due, int Done)
{
    /// <summary>The share done, in whole percent; null when nothing is due yet.</summary>
    public int? Percent => Due == 0 ? null : (int)Math.Round(100.0 * Done / Due, MidpointRounding.AwayFromZero);
}
