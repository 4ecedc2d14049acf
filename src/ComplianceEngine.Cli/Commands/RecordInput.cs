using System.CommandLine;
using System.Text;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Cli.Commands;

/// <summary>
/// Record files as every command reads them: each checked whole in its encoding before any record is used, then
/// streamed one record at a time through the one <see cref="RecordReader"/>.
/// </summary>
internal static class RecordInput
{
    /// <summary><c>--encoding NAME</c>: the encoding of input files without a byte order mark (default UTF-8).</summary>
    public static Option<Encoding?> EncodingOption() => new("--encoding")
    {
        Description = "Encoding of input files that have no byte order mark: utf-8 (default), gb18030 (also reads GBK and GB2312), big5, …",
        CustomParser = result =>
        {
            var name = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (RecordEncoding.Find(name) is { } encoding)
            {
                return encoding;
            }

            result.AddError($"--encoding: '{name}' is not an encoding this program knows (try utf-8, gb18030, big5)");
            return null;
        },
    };

    /// <summary>
    /// Checks every file exists and is text in its encoding; on the first that is not, prints one line and returns
    /// false, so nothing is written for a batch with a refused file.
    /// </summary>
    public static bool Check(IEnumerable<FileInfo> files, Encoding? encoding)
    {
        foreach (var file in files)
        {
            try
            {
                InputText.CheckFile(file.FullName, file.Name, encoding);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or RecordFormatException)
            {
                Report(file, e);
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The records of the files in order, streamed (each file's indexes from 0). Without <paramref name="breaks"/> a
    /// break in a file throws as <see cref="RecordReader.Read(Stream, string, Encoding)"/>; with it the break is
    /// reported by file and position, added to <paramref name="breaks"/>, and reading goes on with the next file, so one
    /// broken file costs only its own remaining records.
    /// </summary>
    public static IEnumerable<ParsedRecord> Records(IEnumerable<FileInfo> files, Encoding? encoding, List<string>? breaks = null)
    {
        foreach (var file in files)
        {
            using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            using var records = RecordReader.Read(stream, file.Name, encoding).GetEnumerator();
            while (true)
            {
                try
                {
                    if (!records.MoveNext())
                    {
                        break;
                    }
                }
                catch (RecordFormatException e) when (breaks is not null)
                {
                    Report(file, e);
                    breaks.Add(file.Name);
                    break;
                }

                yield return records.Current;
            }
        }
    }

    /// <summary>One line on standard error for a file that cannot be used.</summary>
    public static void Report(FileInfo file, Exception e) =>
        Console.Error.WriteLine(e is RecordFormatException ? $"error: {e.Message}" : $"error: {file.Name}: cannot be read: {e.Message}");
}
