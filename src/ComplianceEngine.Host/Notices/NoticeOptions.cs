using ComplianceEngine.Notices;

namespace ComplianceEngine.Host.Notices;

/// <summary>The <c>Notices</c> configuration section: templates, language, and where delivered notices go.</summary>
public sealed class NoticeOptions
{
    public const string Section = "Notices";
    public const string FileChannel = "file";
    public const string WebhookChannel = "webhook";

    /// <summary>Templates and authorities; default the catalog's <c>notices/</c> folder.</summary>
    public string? Directory { get; set; }

    /// <summary>The language notices are issued in (<c>zh</c> or <c>en</c>); one per deployment, as the outbox keeps one copy.</summary>
    public string Language { get; set; } = NoticeLanguage.Chinese;

    /// <summary><c>file</c> (a drop folder) or <c>webhook</c> (a POST per notice).</summary>
    public string Channel { get; set; } = FileChannel;

    /// <summary>The file channel's folder, relative to the working folder unless absolute.</summary>
    public string DropFolder { get; set; } = "notices-out";

    /// <summary>The file channel writes <c>html</c> or <c>text</c>.</summary>
    public NoticeFormat DropFormat { get; set; } = NoticeFormat.Html;

    /// <summary>The webhook channel's receiver.</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>
    /// The most one webhook delivery may take, retries included; each attempt gets a third of it. Past it the send
    /// fails and the outbox retries the notice after its back-off.
    /// </summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>First retry after a failed delivery; each further failure doubles it, up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Project evaluations newer than this get a screening opinion from the periodic opinions job.</summary>
    public TimeSpan OpinionWindow { get; set; } = TimeSpan.FromDays(2);
}
