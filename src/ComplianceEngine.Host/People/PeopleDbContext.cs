using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ComplianceEngine.Host.People;

/// <summary>
/// Identity's tables under our names, and the data-protection keys that sign cookies and antiforgery tokens (shared
/// by every host on the database, kept across restarts). The schema is created by migrations 0030 and 0031 (DbUp,
/// like every other table), never by EF; PeopleSchemaTests checks that this model and those scripts agree.
/// </summary>
public sealed class PeopleDbContext(DbContextOptions<PeopleDbContext> options) : IdentityDbContext<Person>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Person>(e =>
        {
            e.ToTable("people");
            e.Property(p => p.DisplayName).HasMaxLength(100);
            e.Property(p => p.EnterpriseId).HasMaxLength(64);
        });
        builder.Entity<IdentityRole>().ToTable("roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("person_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("person_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("person_logins");
        builder.Entity<IdentityUserToken<string>>().ToTable("person_tokens");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }
}
