using k8s;
using k8s.Models;
using YamlDotNet.RepresentationModel;

namespace Netwerk.Platform.Tests.Deployment;

/// <summary>`deploy/kubernetes` read with the Kubernetes client's own YAML reader, and held to the rules a rolling
/// update that drops no request needs: every process of the platform a Deployment, each database's migrations a Job
/// of the same image before it, readiness on /health and liveness on /alive, a preStop pause, maxUnavailable 0,
/// resource requests, secrets only by reference, and the gateway and the web app scaled horizontally.</summary>
public sealed class KubernetesManifestsTests
{
    private static readonly string[] Processes = ["gateway", "web", "membership", "documents", "events", "discussions", "notifications"];
    private static readonly string[] WithDatabase = ["membership", "documents", "events", "discussions", "notifications"];
    private static readonly string[] SecretWords = ["password", "secret", "key", "connectionstrings", "token"];

    private readonly List<(string File, object Resource)> _resources;

    public KubernetesManifestsTests()
    {
        _resources = [.. Manifests().SelectMany(file => KubernetesYaml.LoadAllFromString(File.ReadAllText(file)).Select(resource => (file, resource)))];
    }

    [Fact]
    public void Every_process_of_the_platform_is_a_deployment_with_a_service()
    {
        Assert.Equal(Processes.Order(), Of<V1Deployment>().Select(d => d.Name()).Order());
        Assert.Equal(Processes.Order(), Of<V1Service>().Select(s => s.Name()).Order());
    }

    [Fact]
    public void A_rolling_update_drops_no_request()
    {
        foreach (var deployment in Of<V1Deployment>())
        {
            Assert.True(deployment.Spec.Strategy.Type == "RollingUpdate", deployment.Name());
            Assert.True(deployment.Spec.Strategy.RollingUpdate.MaxUnavailable.Value == "0", $"{deployment.Name()}: maxUnavailable must be 0");
            var container = Assert.Single(deployment.Spec.Template.Spec.Containers);
            Assert.True(container.ReadinessProbe?.HttpGet?.Path == "/health", $"{deployment.Name()}: readiness on /health");
            Assert.True(container.LivenessProbe?.HttpGet?.Path == "/alive", $"{deployment.Name()}: liveness on /alive");
            Assert.True(container.Lifecycle?.PreStop?.Sleep?.Seconds > 0, $"{deployment.Name()}: a preStop pause");
            Assert.True(deployment.Spec.Template.Spec.TerminationGracePeriodSeconds > container.Lifecycle!.PreStop!.Sleep!.Seconds,
                $"{deployment.Name()}: the grace period outlasts the pause");
            Assert.True(container.Resources?.Requests?.ContainsKey("cpu") == true && container.Resources.Requests.ContainsKey("memory"),
                $"{deployment.Name()}: cpu and memory requests");
        }
    }

    [Fact]
    public void Each_database_is_migrated_by_a_job_of_its_services_own_image_that_only_migrates()
    {
        var jobs = Of<V1Job>().ToDictionary(j => j.Name());
        foreach (var service in WithDatabase)
        {
            Assert.True(jobs.TryGetValue($"{service}-migrate", out var job), $"no migration job for {service}");
            var migrate = Assert.Single(job!.Spec.Template.Spec.Containers);
            var serving = Assert.Single(Of<V1Deployment>().Single(d => d.Name() == service).Spec.Template.Spec.Containers);
            Assert.Equal(serving.Image, migrate.Image);
            Assert.Equal(["migrate"], migrate.Args);
            // The job builds the same program up to its migration, which reads every connection string and key at start.
            var needed = serving.Env.Select(e => e.Name).Where(name => name.StartsWith("ConnectionStrings__", StringComparison.Ordinal)
                || name.EndsWith("Certificate", StringComparison.Ordinal));
            Assert.All(needed, name => Assert.True(migrate.Env.Any(e => e.Name == name && e.ValueFrom?.SecretKeyRef is not null), $"{service}-migrate lacks {name}"));
        }
        // Applied and awaited on their own, before the platform.
        Assert.All(_resources.Where(r => r.Resource is V1Job), job => Assert.Equal("migrations", Path.GetFileName(Path.GetDirectoryName(job.File))));
    }

    [Fact]
    public void Production_gets_what_it_requires_outside_Development()
    {
        // What the services refuse to start without outside Development (and the AppHost asks for as parameters).
        var required = new Dictionary<string, string[]>
        {
            ["membership"] = ["Identity__SigningCertificate", "Identity__EncryptionCertificate", "Seed__AdminPassword", "Identity__Clients__netwerk-web-app__Secret"],
            ["notifications"] = ["Email__UnsubscribeKey"],
        };
        foreach (var (service, names) in required)
        {
            var container = Assert.Single(Of<V1Deployment>().Single(d => d.Name() == service).Spec.Template.Spec.Containers);
            Assert.All(names, name => Assert.True(container.Env.Any(e => e.Name == name && e.ValueFrom?.SecretKeyRef is not null), $"{service} lacks {name}"));
        }
    }

    [Fact]
    public void Secrets_are_only_referenced_never_written()
    {
        Assert.DoesNotContain(_resources, r => r.Resource is V1Secret);
        var containers = Of<V1Deployment>().SelectMany(d => d.Spec.Template.Spec.Containers)
            .Concat(Of<V1Job>().SelectMany(j => j.Spec.Template.Spec.Containers));
        foreach (var variable in containers.SelectMany(c => c.Env ?? []).Where(e => IsSecretName(e.Name)))
        {
            Assert.True(variable.Value is null && variable.ValueFrom?.SecretKeyRef is not null, $"{variable.Name} must come from a secret");
        }
        Assert.DoesNotContain(Of<V1ConfigMap>().SelectMany(c => c.Data.Keys), IsSecretName);
    }

    [Fact]
    public void The_gateway_and_the_web_app_scale_horizontally()
    {
        foreach (var name in new[] { "gateway", "web" })
        {
            var autoscaler = Of<V2HorizontalPodAutoscaler>().Single(a => a.Spec.ScaleTargetRef.Name == name);
            Assert.True(autoscaler.Spec.MinReplicas >= 2 && autoscaler.Spec.MaxReplicas > autoscaler.Spec.MinReplicas, name);
            Assert.True(Of<V1PodDisruptionBudget>().Any(b => b.Spec.Selector.MatchLabels["app.kubernetes.io/name"] == name), name);
        }
    }

    [Fact]
    public void Every_manifest_is_in_a_kustomization_and_every_listed_resource_exists()
    {
        var listed = new HashSet<string>();
        foreach (var kustomization in Directory.EnumerateFiles(Root(), "kustomization.yaml", SearchOption.AllDirectories))
        {
            var folder = Path.GetDirectoryName(kustomization)!;
            var yaml = new YamlStream();
            yaml.Load(new StringReader(File.ReadAllText(kustomization)));
            var resources = (YamlSequenceNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("resources")];
            foreach (var entry in resources.Children.Cast<YamlScalarNode>().Select(node => Path.GetFullPath(Path.Combine(folder, node.Value!))))
            {
                Assert.True(File.Exists(entry) || File.Exists(Path.Combine(entry, "kustomization.yaml")), $"{kustomization} lists {entry}, which is not there");
                listed.Add(entry);
            }
        }
        Assert.All(Manifests(), file => Assert.Contains(Path.GetFullPath(file), listed));
    }

    private IEnumerable<T> Of<T>() => _resources.Select(r => r.Resource).OfType<T>();

    private static bool IsSecretName(string name) => SecretWords.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> Manifests() =>
        Directory.EnumerateFiles(Root(), "*.yaml", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "kustomization.yaml");

    private static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "Netwerk.sln"))) folder = folder.Parent!;
        return Path.Combine(folder.FullName, "deploy", "kubernetes");
    }
}
