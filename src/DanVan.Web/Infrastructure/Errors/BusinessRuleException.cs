namespace DanVan.Web.Infrastructure.Errors;

/// <summary>A rule of the business was broken; the message is Vietnamese and shown to the user as is.</summary>
public class BusinessRuleException : Exception
{
    public BusinessRuleException(string message)
        : base(message)
    {
    }

    public BusinessRuleException()
    {
    }

    public BusinessRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
