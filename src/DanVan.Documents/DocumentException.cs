namespace DanVan.Documents;

/// <summary>Why a file could not be read as a document. The only exception the readers and the parser throw.</summary>
public enum DocumentProblem
{
    Empty,
    TooLarge,
    Binary,
    LegacyEncoding,
    UnknownEncoding,
    CorruptDocx,
    PasswordProtected,
    UnsupportedFormat,
    NotAPlan,
    CorruptSpreadsheet,
}

/// <summary>The documented error of this library: a problem code and a message an officer can act on, in Vietnamese.</summary>
public sealed class DocumentException(DocumentProblem problem, string message) : Exception(message)
{
    public DocumentProblem Problem { get; } = problem;
}
