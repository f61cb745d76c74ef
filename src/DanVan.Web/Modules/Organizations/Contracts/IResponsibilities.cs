namespace DanVan.Web.Modules.Organizations.Contracts;

/// <summary>What other modules may ask of a unit's division of work (phân công phụ trách địa bàn, lĩnh vực).</summary>
public interface IResponsibilities
{
    /// <summary>
    /// Who of <paramref name="unitId"/> is in charge of the field (when given) and of the area of each of
    /// <paramref name="areaUnitIds"/> (the units working there, e.g. the village's Party cell); active people only.
    /// </summary>
    Task<IReadOnlyList<ResponsiblePerson>> InChargeAsync(Guid unitId, string? field, IReadOnlyCollection<Guid> areaUnitIds, CancellationToken cancellationToken);

    /// <summary>The fields a unit has divided its work into, in Vietnamese order (to pick a task's field from).</summary>
    Task<IReadOnlyList<string>> FieldsAsync(Guid unitId, CancellationToken cancellationToken);
}

/// <param name="ForUnitId">The unit whose area this is (null for the field).</param>
/// <param name="Scope">The area's name or the field.</param>
public sealed record ResponsiblePerson(string UserId, string FullName, string Scope, Guid? ForUnitId);
