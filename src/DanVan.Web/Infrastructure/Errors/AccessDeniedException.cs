namespace DanVan.Web.Infrastructure.Errors;

/// <summary>
/// The change is outside what the user holds. Raised by the rule itself, so every path to the change (page,
/// import, API, job) refuses it the same way; a page answers 403, a batch names the line.
/// </summary>
public sealed class AccessDeniedException : BusinessRuleException
{
    public AccessDeniedException(string message)
        : base(message)
    {
    }

    public AccessDeniedException()
    {
    }

    public AccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
