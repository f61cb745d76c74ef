using DanVan.Web.Modules.Petitions.Contracts;

namespace DanVan.Web.Modules.Petitions.Handling;

/// <summary>A petition raised at a dialogue, taken in through <see cref="PetitionWork.FileAsync"/> like any other.</summary>
internal sealed class PetitionIntake(PetitionWork work) : IPetitionIntake
{
    public async Task<RaisedPetition> RaiseAsync(RaiseRequest request, CancellationToken cancellationToken)
    {
        var person = string.IsNullOrWhiteSpace(request.SenderName) && string.IsNullOrWhiteSpace(request.SenderPhone)
            ? null
            : new PersonInput(request.SenderName, request.SenderPhone, null, null, request.Consent);
        var petition = await work.FileAsync(new PetitionDraft(request.Title, request.Content, null, PetitionChannel.Dialogue, request.Kind, request.ReceivedBy),
            request.AreaId, request.OrganizationId, person, [], cancellationToken);
        return new RaisedPetition(petition.Id, petition.Code);
    }
}
