namespace DanVan.Web.Modules.Petitions.Public;

/// <summary>The "Petitions" configuration section: how much the public form takes before it slows a sender down.</summary>
public sealed class PetitionOptions
{
    /// <summary>Petitions one address may send in <see cref="WindowSeconds"/>.</summary>
    public int PostsPerAddress { get; set; } = 5;

    /// <summary>Petitions all addresses together may send in <see cref="WindowSeconds"/>: a flood from many addresses is held too.</summary>
    public int PostsOverall { get; set; } = 200;

    public int WindowSeconds { get; set; } = 600;

    /// <summary>A form sent sooner than this after it was shown was not filled by a person.</summary>
    public int MinFillSeconds { get; set; } = 3;

    /// <summary>A form older than this asks its question again.</summary>
    public int MaxFillMinutes { get; set; } = 120;
}
