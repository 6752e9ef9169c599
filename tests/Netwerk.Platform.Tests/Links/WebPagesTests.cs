using System.Reflection;
using Microsoft.AspNetCore.Components;
using Netwerk.ServiceDefaults.Links;

namespace Netwerk.Platform.Tests.Links;

/// <summary>The links the services put in notifications, e-mails and calendars (<see cref="WebPages"/>) lead to pages
/// the web app has: a page renamed or moved fails here, not in a member's mailbox.</summary>
public sealed class WebPagesTests
{
    private static readonly string[] Routes = [.. typeof(Netwerk.Web.Components.App).Assembly.GetTypes()
        .SelectMany(type => type.GetCustomAttributes<RouteAttribute>())
        .Select(route => route.Template)];

    public static TheoryData<string> Links()
    {
        var id = Guid.CreateVersion7();
        var links = new TheoryData<string>();
        foreach (var field in typeof(WebPages).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            links.Add((string)field.GetRawConstantValue()!);
        }
        foreach (var method in typeof(WebPages).GetMethods(BindingFlags.Public | BindingFlags.Static))
        {
            links.Add((string)method.Invoke(null, [id])!);
        }
        return links;
    }

    [Theory]
    [MemberData(nameof(Links))]
    public void Every_linked_path_is_a_page_of_the_web_app(string link) =>
        Assert.True(Routes.Any(route => Matches(route, link)), $"{link} is no page of the web app; its pages are {string.Join(", ", Routes.Order())}");

    [Fact]
    public void The_routes_are_read_from_the_web_app() => Assert.Contains("/bijeenkomsten/{Id:guid}", Routes);

    /// <summary>A path fits a route when every segment is the route's own text or fits its parameter (`{Id:guid}`).</summary>
    private static bool Matches(string route, string path)
    {
        var routeSegments = route.Trim('/').Split('/');
        var pathSegments = path.Trim('/').Split('/');
        return routeSegments.Length == pathSegments.Length && routeSegments.Zip(pathSegments).All(pair => pair.First switch
        {
            ['{', .. var parameter, '}'] => !parameter.EndsWith(":guid", StringComparison.Ordinal) || Guid.TryParse(pair.Second, out _),
            var text => string.Equals(text, pair.Second, StringComparison.OrdinalIgnoreCase),
        });
    }
}
