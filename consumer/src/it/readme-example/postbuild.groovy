// The example ran, printed its findings and nothing else (no logging), and ran with vanort's
// artifacts from the private repository.
def output = new File(basedir, 'target/output.txt').getText('UTF-8')
assert output.contains('VA2021/A1 va.conference-every-second-year') : "no finding of VA2021/A1 in:\n$output"
def strays = output.readLines().findAll { !(it =~ /^(VA2021|VIS2016)\/\S+ \S+ \[/ || it.startsWith('  ')) }
assert strays.isEmpty() : "the example printed lines that are not its findings (logging?):\n${strays.join('\n')}"

def classpath = new File(basedir, 'target/classpath.txt').getText('UTF-8').trim().split(File.pathSeparator)
def jars = classpath.collect { new File(it) }
def repository = new File(localRepositoryPath.toString()).canonicalPath
def vanort = jars.findAll { it.name.startsWith('vanort-') }
assert vanort*.name.collect { it.replaceAll(/-\d.*/, '') }.toSet() == ['vanort-rules', 'vanort-domain'] as Set
vanort.each { assert it.canonicalPath.startsWith(repository) : "$it is not from the private repository $repository" }
def unwanted = jars.findAll { it.name =~ /^(expressly|jakarta\.el|slf4j|logback|log4j)/ }
assert unwanted.isEmpty() : "a library needs none of these at run time: $unwanted"

def bytes = jars.sum { it.length() }
def footprint = "consumer of vanort-rules: ${jars.size()} jars, ${bytes} bytes on the runtime class path:\n" +
    jars.collect { "  ${it.name} ${it.length()}" }.join('\n') + '\n'
new File(basedir, 'target/footprint.txt').setText(footprint, 'UTF-8')
println footprint
def stated = new File(readme).getText('UTF-8') =~ /What a consumer gets with `vanort-rules`: (\d+) jars/
assert stated.find() && stated.group(1) as int == jars.size() :
    "README.md states a different number of jars than the ${jars.size()} a consumer gets"
return true
