namespace DanVan.Web.Modules.Petitions.Contracts;

/// <summary>Petitions raised outside the form and the intake page (at a dialogue), filed under the same rules.</summary>
public interface IPetitionIntake
{
    /// <summary>
    /// Files the petition for the unit (or, without one, the area's intake unit) as staff take one in: its code and
    /// deadlines, the unit's staff told. Adds to the context; the caller saves it with its own change. Throws a
    /// business-rule exception naming what is wrong (a complaint without the sender's name, a unit not of the area).
    /// </summary>
    Task<RaisedPetition> RaiseAsync(RaiseRequest request, CancellationToken cancellationToken);
}

/// <param name="SenderName">Only with the sender's consent; required for a complaint or a denunciation.</param>
public sealed record RaiseRequest(Guid AreaId, Guid? OrganizationId, PetitionKind Kind, string Title, string Content, string ReceivedBy, string? SenderName, string? SenderPhone, bool Consent);

public sealed record RaisedPetition(Guid Id, string Code);
