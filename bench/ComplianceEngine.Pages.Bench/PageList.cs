namespace ComplianceEngine.Pages.Bench;

/// <summary>One address to measure and who asks for it: <c>anonymous</c>, a role signed in by cookie, or <c>api:ROLE</c> with an API key.</summary>
public sealed record PageEntry(string Who, string Path)
{
    public const string Anonymous = "anonymous";
    public const string ApiPrefix = "api:";

    public bool ByApiKey => Who.StartsWith(ApiPrefix, StringComparison.Ordinal);

    public string Role => ByApiKey ? Who[ApiPrefix.Length..] : Who;
}

/// <summary>Who signs in for a role's cookie pages; the password comes from the environment (<see cref="PasswordVariable"/>), not the list.</summary>
public sealed record Person(string Role, string UserName)
{
    public string PasswordVariable => $"BENCH_PASSWORD_{Role.ToUpperInvariant()}";
}

/// <summary>
/// The sign-in form: its address and the names of its user-name and password fields. The form's antiforgery token
/// (the hidden <c>__RequestVerificationToken</c>) is read from the page and sent back.
/// </summary>
public sealed record SignInForm(string Path, string UserField, string PasswordField);

/// <summary>
/// The bench's one list of what to measure (bench/pages.txt): lines <c>page WHO PATH</c>, <c>person ROLE USER</c>,
/// <c>signin PATH USERFIELD PASSWORDFIELD</c>; <c>#</c> starts a comment. Adding a page is adding a line.
/// </summary>
public sealed record PageList(IReadOnlyList<PageEntry> Pages, IReadOnlyList<Person> People, SignInForm? SignIn)
{
    /// <summary>Reads the list; a line it cannot read is an error naming the file, line number and reason.</summary>
    public static PageList Read(string file)
    {
        var pages = new List<PageEntry>();
        var people = new List<Person>();
        SignInForm? signIn = null;
        var number = 0;
        foreach (var raw in File.ReadLines(file))
        {
            number++;
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var words = (hash >= 0 ? raw[..hash] : raw).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            switch (words)
            {
                case []:
                    break;
                case ["page", var who, var path] when path.StartsWith('/'):
                    pages.Add(new PageEntry(who, path));
                    break;
                case ["person", var role, var user]:
                    people.Add(new Person(role, user));
                    break;
                case ["signin", var path, var userField, var passwordField] when path.StartsWith('/'):
                    signIn = new SignInForm(path, userField, passwordField);
                    break;
                default:
                    throw new FormatException($"{file}:{number}: expected 'page WHO /PATH', 'person ROLE USER' or 'signin /PATH USERFIELD PASSWORDFIELD', got '{raw.Trim()}'");
            }
        }

        var list = new PageList(pages, people, signIn);
        foreach (var page in pages.Where(p => !p.ByApiKey && p.Who != PageEntry.Anonymous))
        {
            if (signIn is null || !people.Any(p => p.Role == page.Who))
            {
                throw new FormatException($"{file}: page {page.Path} is for '{page.Who}', which needs a 'signin' line and a 'person {page.Who} …' line");
            }
        }

        return list;
    }
}
