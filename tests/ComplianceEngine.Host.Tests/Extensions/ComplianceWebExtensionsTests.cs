using ComplianceEngine.Host.Tests.Pages;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceEngine.Host.Tests.Extensions;

public sealed class ComplianceWebExtensionsTests
{
    [Fact]
    public async Task DataProtection_ReadsWhatAnotherInstanceProtected_WhenBothShareTheDatabase()
    {
        var first = new PageHostFactory();
        await ((IAsyncLifetime)first).InitializeAsync();
        try
        {
            // What a sign-in cookie is: a payload protected with the host's key ring.
            var cookie = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("sign-in").Protect("officer");
            var second = new PageHostFactory { SharesDatabaseOf = first };
            await ((IAsyncLifetime)second).InitializeAsync();
            try
            {
                var read = second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("sign-in").Unprotect(cookie);

                Assert.Equal("officer", read);
                Assert.Throws<System.Security.Cryptography.CryptographicException>(
                    () => second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("other-purpose").Unprotect(cookie));
            }
            finally
            {
                await second.DisposeDatabaseAsync();
            }
        }
        finally
        {
            await first.DisposeDatabaseAsync();
        }
    }
}
