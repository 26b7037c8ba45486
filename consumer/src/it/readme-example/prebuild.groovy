// The README's embedding example, exactly as a developer would paste it: the first ```java block
// of the section "Embedding vanort", saved as the class it declares.
def readmeText = new File(readme).getText('UTF-8')
def section = readmeText.indexOf('## Embedding vanort')
assert section >= 0 : "README.md has no section 'Embedding vanort'"
def start = readmeText.indexOf('```java\n', section) + '```java\n'.length()
def block = readmeText.substring(start, readmeText.indexOf('```\n', start))
def name = (block =~ /(?m)^public (?:final )?class (\w+)/)[0][1]
def sources = new File(basedir, 'src/main/java')
sources.mkdirs()
new File(sources, name + '.java').setText(block, 'UTF-8')
return true
