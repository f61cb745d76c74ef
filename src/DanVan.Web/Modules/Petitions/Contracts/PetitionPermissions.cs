namespace DanVan.Web.Modules.Petitions.Contracts;

public static class PetitionPermissions
{
    /// <summary>Read the cases of a unit's branch (without the people who sent them).</summary>
    public const string View = "petitions.view";

    /// <summary>Take in, classify, accept, route and answer the cases of the unit itself, and read who sent them.</summary>
    public const string Handle = "petitions.handle";

    /// <summary>Keep the reception calendar of a committee or government.</summary>
    public const string Receive = "petitions.receive";

    /// <summary>Holidays, deadlines, the ban list: the system administrator's.</summary>
    public const string Administer = "petitions.administer";
}
