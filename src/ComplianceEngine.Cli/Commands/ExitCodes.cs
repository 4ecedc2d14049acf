namespace ComplianceEngine.Cli.Commands;

/// <summary>
/// The exit codes of every command (the README's table). An invalid record is not a failure: it is a result with
/// outcome <c>invalid</c> (screen) or a reported item (import), and the command exits 0.
/// </summary>
internal static class ExitCodes
{
    /// <summary>The command ran; invalid records, if any, are in its output.</summary>
    public const int Ran = 0;

    /// <summary>The command line is wrong: an unknown command or option, a missing or malformed value.</summary>
    public const int Usage = 1;

    /// <summary>
    /// An input was refused: a file missing, unreadable, not text in its encoding or not JSON; the rule catalog, a
    /// notice template or a risk model invalid; <c>rules check</c> found problems.
    /// </summary>
    public const int InputRefused = 2;

    /// <summary>Configuration or the database is unavailable: no connection string, PostgreSQL unreachable or failing.</summary>
    public const int Unavailable = 3;

    /// <summary>An unexpected failure (a defect): the message and stack trace go to standard error.</summary>
    public const int Failed = 4;
}
