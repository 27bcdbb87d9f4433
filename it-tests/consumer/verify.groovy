// After both builds of the consumer: the artifacts this build would publish, as Maven Central asks
// for them. `kilnRoot`, `kilnVersion` and `localRepositoryPath` come from it-tests/pom.xml.
import java.util.jar.JarFile

def root = new File(kilnRoot.toString())
def repo = new File(localRepositoryPath.toString())
def problems = []

def pomOf = { String artifact -> new File(repo, "dev/kiln/${artifact}/${kilnVersion}/${artifact}-${kilnVersion}.pom") }

// Each published jar: Automatic-Module-Name, the license, and its sources and Javadoc beside it.
[['runtime', 'kiln-runtime', 'dev.kiln.runtime'],
 ['openapi', 'kiln-openapi', 'dev.kiln.openapi'],
 ['processor', 'kiln-processor', 'dev.kiln.processor']].each { dir, artifact, module ->
    def installed = new File(repo, "dev/kiln/${artifact}/${kilnVersion}/${artifact}-${kilnVersion}.jar")
    if (!installed.isFile()) { problems << "${installed} was not installed"; return }
    new JarFile(installed).withCloseable { jar ->
        def name = jar.manifest?.mainAttributes?.getValue('Automatic-Module-Name')
        if (name != module) problems << "${artifact}: Automatic-Module-Name is ${name}, not ${module}"
        if (jar.getEntry('META-INF/LICENSE') == null) problems << "${artifact}: no META-INF/LICENSE"
    }
    ['sources', 'javadoc'].each { kind ->
        def attached = new File(root, "${dir}/target/${artifact}-${kilnVersion}-${kind}.jar")
        if (!attached.isFile()) {
            problems << "${attached} was not built"
        } else {
            new JarFile(attached).withCloseable { jar ->
                def expected = kind == 'sources' ? 'dev/kiln/' : 'index.html'
                if (!jar.entries().toList().any { it.name.startsWith(expected) }) problems << "${attached} has no ${expected}"
            }
        }
    }
}

// The POM metadata Central requires, read where a user's build finds it: the module's own POM, then
// its parents (kiln-parent, kiln-bom).
def slurp = { File f -> new groovy.xml.XmlSlurper().parse(f) }
def chain = { String artifact ->
    def poms = []
    def pom = slurp(pomOf(artifact))
    poms << pom
    while (pom.parent.artifactId.text()) {
        pom = slurp(pomOf(pom.parent.artifactId.text()))
        poms << pom
    }
    poms
}
['kiln-bom', 'kiln-runtime', 'kiln-openapi', 'kiln-processor'].each { artifact ->
    if (!pomOf(artifact).isFile()) { problems << "${pomOf(artifact)} was not installed"; return }
    def poms = chain(artifact)
    def own = poms[0]
    if (!own.name.text()) problems << "${artifact}: no <name>"
    if (!own.description.text()) problems << "${artifact}: no <description>"
    def first = { closure -> poms.collect(closure).find { it } }
    if (!first { it.url.text() }) problems << "${artifact}: no <url>"
    if (!first { it.licenses.license.name.text() }) problems << "${artifact}: no <licenses>"
    if (!first { it.scm.connection.text() }) problems << "${artifact}: no <scm>"
    if (!first { it.developers.developer.name.text() }) problems << "${artifact}: no <developers>"
}
if (!new File(root, 'LICENSE').text.contains('Apache License')) problems << 'no Apache LICENSE at the root'

// What the consumer's test saw, for the build log.
def answers = new File(basedir, 'target/raw-answers.txt')
if (answers.isFile()) println answers.text

if (problems) {
    throw new AssertionError('Publishable artifacts:\n  ' + problems.join('\n  '))
}
return true
