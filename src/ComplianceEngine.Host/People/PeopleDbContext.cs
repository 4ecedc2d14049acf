using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ComplianceEngine.Host.People;

/// <summary>
/// Identity's tables under our names. The schema is created by migrations/0030_create_people.sql (DbUp, like every
/// other table), never by EF; PeopleSchemaTests checks that this model and that script agree column by column.
/// </summary>
public sealed class PeopleDbContext(DbContextOptions<PeopleDbContext> options) : IdentityDbContext<Person>(options)
{
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
    }
}
