namespace DanVan.Web.Modules.Dialogues.Contracts;

/// <summary>The Dialogues module's part of the demo.</summary>
public interface IDialoguesDemo
{
    /// <summary>The commune's 2026 dialogue with its minutes and three commitments as tasks; returns rows added.</summary>
    Task<int> SeedAsync(Guid communeId, CancellationToken cancellationToken);
}
