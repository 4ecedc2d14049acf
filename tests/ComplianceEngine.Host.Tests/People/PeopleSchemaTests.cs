using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.People;
using ComplianceEngine.Host.Tests.Pages;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ComplianceEngine.Host.Tests.People;

/// <summary>Identity on the tables of migrations/0030 (applied by DbUp at start; EF creates nothing).</summary>
public sealed class PeopleSchemaTests(PageHostFactory host) : IClassFixture<PageHostFactory>
{
    [Fact]
    public async Task Model_MatchesTheMigratedTables_ColumnByColumn()
    {
        _ = host.Server;
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PeopleDbContext>();
        var expected = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            foreach (var property in entity.GetProperties())
            {
                var type = property.GetColumnType(table).Replace("character varying", "varchar", StringComparison.Ordinal);
                expected.Add($"{table.Name}.{property.GetColumnName(table)} {type} {(property.IsColumnNullable(table) ? "null" : "not null")}");
            }
        }

        var actual = new SortedSet<string>(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        var tables = expected.Select(c => c[..c.IndexOf('.', StringComparison.Ordinal)]).Distinct().ToArray();
        await using var query = new NpgsqlCommand("""
            SELECT table_name, column_name, format_type(a.atttypid, a.atttypmod), is_nullable
            FROM information_schema.columns c
            JOIN pg_attribute a ON a.attrelid = to_regclass(c.table_name) AND a.attname = c.column_name
            WHERE c.table_schema = 'public' AND c.table_name = ANY(@tables)
            """, connection);
        query.Parameters.AddWithValue("tables", tables);
        await using (var reader = await query.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var type = reader.GetString(2).Replace("character varying", "varchar", StringComparison.Ordinal);
                actual.Add($"{reader.GetString(0)}.{reader.GetString(1)} {type} {(reader.GetString(3) == "YES" ? "null" : "not null")}");
            }
        }

        Assert.Equal(7, tables.Length);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Identity_StoresChecksAndLocksAPerson_OnTheMigratedDatabase()
    {
        _ = host.Server;
        using var scope = host.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
        var person = new Person { UserName = "schema-test", DisplayName = "赵敏", EnterpriseId = "E-0000002" };

        var created = await users.CreateAsync(person, "Schema-test-2026!");
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(person, Roles.Enterprise)).Succeeded);
        Assert.False((await users.CreateAsync(new Person { UserName = "short-password", DisplayName = "x" }, "short")).Succeeded);

        var found = await users.FindByNameAsync("SCHEMA-TEST");
        Assert.NotNull(found);
        Assert.Equal(("赵敏", "E-0000002"), (found.DisplayName, found.EnterpriseId));
        Assert.True(await users.CheckPasswordAsync(found, "Schema-test-2026!"));
        Assert.Equal([Roles.Enterprise], await users.GetRolesAsync(found));
        for (var i = 0; i < 5; i++)
        {
            await users.AccessFailedAsync(found);
        }

        Assert.True(await users.IsLockedOutAsync(found));
    }
}
