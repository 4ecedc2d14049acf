using ComplianceEngine.Notices.Planning;

namespace ComplianceEngine.Notices.Rendering;

/// <summary>
/// File names for notices on disk: <c>{record id}.{type}.{language}.{txt|html}</c>, the record id made safe for any
/// file system. One name per notice and format, so writing a notice again replaces it instead of adding a copy.
/// </summary>
public static class NoticeFileName
{
    public static string For(NoticeRequest request, string language, NoticeFormat format) =>
        $"{Safe(request.Subject.Id)}.{request.Type.Slug()}.{language}.{Extension(format)}";

    public static string Extension(NoticeFormat format) => format == NoticeFormat.Html ? "html" : "txt";

    /// <summary>Keeps letters (Chinese included), digits, '-' and '_'; anything else becomes '_'.</summary>
    public static string Safe(string id)
    {
        var chars = id.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!(char.IsLetterOrDigit(chars[i]) || chars[i] is '-' or '_'))
            {
                chars[i] = '_';
            }
        }

        return chars.Length == 0 ? "_" : new string(chars);
    }
}
