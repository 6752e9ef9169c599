using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Netwerk.Membership.Data;

internal static class IdentityTableNames
{
    /// <summary>Plain names instead of Identity's `AspNet…` ones, like every other table here.</summary>
    public static void NameIdentityTables(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IdentityRole<Guid>>().ToTable("roles");
        modelBuilder.Entity<IdentityUserRole<Guid>>().ToTable("member_roles");
        modelBuilder.Entity<IdentityUserClaim<Guid>>().ToTable("member_claims");
        modelBuilder.Entity<IdentityUserLogin<Guid>>().ToTable("member_logins");
        modelBuilder.Entity<IdentityUserToken<Guid>>().ToTable("member_tokens");
        modelBuilder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
    }
}
