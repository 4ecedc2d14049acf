using System.Text;
using ComplianceEngine.Data.Outbox;
using ComplianceEngine.Notices.Rendering;

namespace ComplianceEngine.Notices.Outbox;

/// <summary>
/// Delivers a notice as one file in a folder (another system picks it up), named by document number and record id:
/// <c>{number}.{record id}.{type}.{html|txt}</c>. The file appears whole (written aside, then moved), and a resend
/// replaces it rather than adding a copy.
/// </summary>
public sealed class FileDropChannel(string folder, NoticeFormat format = NoticeFormat.Html) : INoticeChannel
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public string Folder { get; } = folder;

    public static string FileName(OutboxNotice notice, NoticeFormat format) =>
        $"{NoticeFileName.Safe(notice.Number)}.{NoticeFileName.Safe(notice.SubjectId)}.{notice.NoticeType}.{NoticeFileName.Extension(format)}";

    public async Task SendAsync(OutboxNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, FileName(notice, format));
        var temp = path + ".tmp-" + Guid.NewGuid().ToString("N");
        await File.WriteAllTextAsync(temp, format == NoticeFormat.Html ? notice.Html : notice.Text, Utf8, cancellationToken);
        File.Move(temp, path, overwrite: true);
    }
}
