namespace DanVan.Web.Infrastructure.Auth;

/// <summary>A unit of the organization tree as authorization sees it: its id and its materialized path.</summary>
public interface IScopedUnit
{
    Guid Id { get; }

    string Path { get; }
}

/// <summary>Gives the current request's scope; the Accounts module reads it from the user's memberships.</summary>
public interface IScopeSource
{
    Task<OrgScope> GetScopeAsync(CancellationToken cancellationToken = default);
}
