namespace ComplianceEngine.Notices.Templates;

/// <summary>
/// A notice template that cannot be used: it does not parse, a file is missing, or rendering it touched a variable
/// or member that is not there. Names the file, line and column (1-based) so the template can be fixed; thrown at
/// start-up for anything found at load.
/// </summary>
public sealed class NoticeTemplateException : Exception
{
    public NoticeTemplateException(string file, int line, int column, string reason, Exception? inner = null)
        : base($"{file}({line},{column}): {reason}", inner)
    {
        File = file;
        Line = line;
        Column = column;
        Reason = reason;
    }

    public NoticeTemplateException(string file, string reason)
        : base($"{file}: {reason}")
    {
        File = file;
        Reason = reason;
    }

    public string File { get; }

    /// <summary>1-based; 0 when the problem is the file as a whole.</summary>
    public int Line { get; }

    /// <summary>1-based; 0 when the problem is the file as a whole.</summary>
    public int Column { get; }

    public string Reason { get; }
}
