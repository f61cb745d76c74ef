namespace DanVan.Web.Modules.Plans.Contracts;

/// <summary>The Plans module's part of the demo after the plans are imported: a year of work on the tasks' cycles.</summary>
public interface IPlanDemo
{
    /// <summary>Progress, completions and evidence on the demo plans' cycles; nothing when some exist already.</summary>
    Task<int> SeedProgressAsync(CancellationToken cancellationToken);

    /// <summary>Puts the tasks of a unit's demo plans in its fields of work (by what they are about); those with a field are left alone.</summary>
    Task<int> SeedFieldsAsync(Guid unitId, CancellationToken cancellationToken);
}
