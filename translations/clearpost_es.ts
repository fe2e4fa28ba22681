<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Account</name>
    <message>
        <source>Not connected</source>
        <translation>No conectada</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>The account needs a handle or page name.</source>
        <translation>La cuenta necesita un nombre de usuario o de página.</translation>
    </message>
    <message>
        <source>The account has no keychain entry name.</source>
        <translation>La cuenta no tiene nombre de entrada en el llavero.</translation>
    </message>
    <message>
        <source>The server address must be a web address such as https://mastodon.social.</source>
        <translation>La dirección del servidor debe ser una dirección web como https://mastodon.social.</translation>
    </message>
    <message>
        <source>The character limit cannot be negative.</source>
        <translation>El límite de caracteres no puede ser negativo.</translation>
    </message>
    <message>
        <source>add the account</source>
        <translation>agregar la cuenta</translation>
    </message>
    <message>
        <source>This account has already been added.</source>
        <translation>Esta cuenta ya se agregó.</translation>
    </message>
    <message>
        <source>save the account</source>
        <translation>guardar la cuenta</translation>
    </message>
    <message>
        <source>Another account with this handle already exists.</source>
        <translation>Ya existe otra cuenta con este nombre de usuario.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>La cuenta ya no existe.</translation>
    </message>
    <message>
        <source>remove the account</source>
        <translation>quitar la cuenta</translation>
    </message>
    <message>
        <source>read the account</source>
        <translation>leer la cuenta</translation>
    </message>
    <message>
        <source>read the accounts</source>
        <translation>leer las cuentas</translation>
    </message>
    <message>
        <source>read the account&apos;s history</source>
        <translation>leer el historial de la cuenta</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>An audit event needs an actor and an action.</source>
        <translation>Un evento de auditoría necesita un autor y una acción.</translation>
    </message>
    <message>
        <source>record the audit event</source>
        <translation>registrar el evento de auditoría</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>leer el registro de auditoría</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No findings.</source>
        <translation>Ningún hallazgo.</translation>
    </message>
    <message>
        <source>%1: no findings.</source>
        <translation>%1: ningún hallazgo.</translation>
    </message>
    <message>
        <source>Checks a text for privacy and advertising-rule problems. Exit code 0: no blocker; 1: at least one blocker; 2: bad input.</source>
        <translation>Comprueba si un texto tiene problemas de privacidad o de normas publicitarias. Código de salida 0: ningún bloqueante; 1: al menos un bloqueante; 2: entrada no válida.</translation>
    </message>
    <message>
        <source>The text to check; - or nothing reads standard input.</source>
        <translation>El texto que se va a comprobar; - o nada lee la entrada estándar.</translation>
    </message>
    <message>
        <source>Target networks, comma-separated: %1.</source>
        <translation>Redes de destino, separadas por comas: %1.</translation>
    </message>
    <message>
        <source>US, UK or DE (default: the practice&apos;s, else US).</source>
        <translation>US, UK o DE (predeterminado: la del consultorio; si no, US).</translation>
    </message>
    <message>
        <source>Language of the text: en, de or es (default: the practice&apos;s).</source>
        <translation>Idioma del texto: en, de o es (predeterminado: el del consultorio).</translation>
    </message>
    <message>
        <source>post, review_reply or comment_reply (default post).</source>
        <translation>post, review_reply o comment_reply (predeterminado post).</translation>
    </message>
    <message>
        <source>Check every line of a JSON-lines file.</source>
        <translation>Comprobar cada línea de un archivo JSON Lines.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Mostrar JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>--jurisdiction must be US, UK or DE, not “%1”</source>
        <translation>--jurisdiction debe ser US, UK o DE, no “%1”</translation>
    </message>
    <message>
        <source>--lang must be en, de or es, not “%1”</source>
        <translation>--lang debe ser en, de o es, no “%1”</translation>
    </message>
    <message>
        <source>--kind must be post, review_reply or comment_reply, not “%1”</source>
        <translation>--kind debe ser post, review_reply o comment_reply, no “%1”</translation>
    </message>
    <message>
        <source>unknown network “%1” in --platforms</source>
        <translation>red desconocida “%1” en --platforms</translation>
    </message>
    <message>
        <source>give either --batch FILE or a text file, not both</source>
        <translation>indique --batch FILE o un archivo de texto, no ambos</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: the line is not valid UTF-8</source>
        <translation>%1: la línea no es UTF-8 válido</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: no es un objeto JSON (%2)</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>tipo incorrecto</translation>
    </message>
    <message>
        <source>%1: &quot;text&quot; must be a string</source>
        <translation>%1: &quot;text&quot; debe ser una cadena</translation>
    </message>
    <message>
        <source>%1: unknown &quot;kind&quot;</source>
        <translation>%1: valor desconocido de &quot;kind&quot;</translation>
    </message>
    <message>
        <source>%1: unknown network “%2”</source>
        <translation>%1: red desconocida “%2”</translation>
    </message>
    <message>
        <source>%1: &quot;jurisdiction&quot; must be US, UK or DE</source>
        <translation>%1: &quot;jurisdiction&quot; debe ser US, UK o DE</translation>
    </message>
    <message>
        <source>%1: &quot;lang&quot; must be en, de or es</source>
        <translation>%1: &quot;lang&quot; debe ser en, de o es</translation>
    </message>
    <message>
        <source>give one file at most</source>
        <translation>indique como máximo un archivo</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text</source>
        <translation>%1 no es texto UTF-8 válido</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>Check a text for privacy and advertising-rule problems</source>
        <translation>Comprobar si un texto tiene problemas de privacidad o de normas publicitarias</translation>
    </message>
    <message>
        <source>Write a realistic sample practice into a new database</source>
        <translation>Escribir un consultorio de ejemplo realista en una base de datos nueva</translation>
    </message>
    <message>
        <source>Render a page of the app to a PNG file, without a window</source>
        <translation>Generar una página de la aplicación como archivo PNG, sin ventana</translation>
    </message>
    <message>
        <source>Usage: clearpost [--db FILE] [COMMAND] [OPTIONS]

Clearpost plans, checks and publishes a medical practice&apos;s social media. Without a command it starts the desktop app.

Options:
  --db FILE     the practice database (also $%1)
  -h, --help    show this help; COMMAND --help shows a command&apos;s options
  -v, --version show the version

Commands:
</source>
        <translation>Uso: clearpost [--db FILE] [COMMAND] [OPTIONS]

Clearpost planifica, revisa y publica las redes sociales de un consultorio médico. Sin un comando, inicia la aplicación de escritorio.

Opciones:
  --db FILE     la base de datos del consultorio (también $%1)
  -h, --help    mostrar esta ayuda; COMMAND --help muestra las opciones de un comando
  -v, --version mostrar la versión

Comandos:
</translation>
    </message>
    <message>
        <source>unknown command “%1” (see clearpost --help)</source>
        <translation>comando desconocido “%1” (consulte clearpost --help)</translation>
    </message>
    <message>
        <source>The practice database (default: $%1).</source>
        <translation>La base de datos del consultorio (predeterminada: $%1).</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not “%4”</source>
        <translation>--%1 debe ser un número entero de %2 a %3, no “%4”</translation>
    </message>
    <message>
        <source>Writes Lakeshore Family Dental, a realistic sample practice, into a new database. The same seed and anchor give the same database.</source>
        <translation>Escribe Lakeshore Family Dental, un consultorio de ejemplo realista, en una base de datos nueva. La misma semilla y la misma fecha de referencia producen la misma base de datos.</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Semilla aleatoria (predeterminada 1).</translation>
    </message>
    <message>
        <source>Months of posts, about two thirds in the past (default 6).</source>
        <translation>Meses de publicaciones, unas dos terceras partes en el pasado (predeterminado 6).</translation>
    </message>
    <message>
        <source>The sample&apos;s “today” as YYYY-MM-DD (default: today).</source>
        <translation>El “hoy” del ejemplo como YYYY-MM-DD (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Reemplazar FILE si existe.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>argumento inesperado “%1”</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db FILE es obligatorio</translation>
    </message>
    <message>
        <source>--anchor must be a date like 2026-11-22, not “%1”</source>
        <translation>--anchor debe ser una fecha como 2026-11-22, no “%1”</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file or add --force to replace it</source>
        <translation>%1 ya existe; elija un archivo nuevo o agregue --force para reemplazarlo</translation>
    </message>
    <message>
        <source>could not move the demo into place at %1</source>
        <translation>no se pudo mover la demostración a %1</translation>
    </message>
    <message>
        <source>Wrote the demo practice to %1: %2 posts, %3 metric samples.</source>
        <translation>Se escribió el consultorio de demostración en %1: %2 publicaciones, %3 muestras de métricas.</translation>
    </message>
    <message>
        <source>%1 already holds a practice; it was opened instead.</source>
        <translation>%1 ya contiene un consultorio; se abrió en su lugar.</translation>
    </message>
    <message>
        <source>Practice opened</source>
        <translation>Consultorio abierto</translation>
    </message>
    <message>
        <source>%1 holds no practice yet; create one.</source>
        <translation>%1 aún no contiene ningún consultorio; cree uno.</translation>
    </message>
    <message>
        <source>Starts the Clearpost desktop app.</source>
        <translation>Inicia la aplicación de escritorio Clearpost.</translation>
    </message>
    <message>
        <source>light, dark or system (default).</source>
        <translation>light, dark o system (predeterminado).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>--theme must be light, dark or system, not “%1”</source>
        <translation>--theme debe ser light, dark o system, no “%1”</translation>
    </message>
    <message>
        <source>Renders a page of the app to a PNG file, without a window.</source>
        <translation>Genera una página de la aplicación como archivo PNG, sin ventana.</translation>
    </message>
    <message>
        <source>The page: %1.</source>
        <translation>La página: %1.</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>El archivo PNG que se va a escribir.</translation>
    </message>
    <message>
        <source>Window size (default 1280x800).</source>
        <translation>Tamaño de la ventana (predeterminado 1280x800).</translation>
    </message>
    <message>
        <source>light, dark or system (default light).</source>
        <translation>light, dark o system (predeterminado light).</translation>
    </message>
    <message>
        <source>--page, --out and --db are required</source>
        <translation>--page, --out y --db son obligatorios</translation>
    </message>
    <message>
        <source>unknown page “%1”; pages are %2</source>
        <translation>página desconocida “%1”; las páginas son %2</translation>
    </message>
    <message>
        <source>--size must look like 1280x800, not “%1”</source>
        <translation>--size debe tener la forma 1280x800, no “%1”</translation>
    </message>
    <message>
        <source>%1 does not exist (create one with clearpost demo)</source>
        <translation>%1 no existe (cree uno con clearpost demo)</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <source>Add the disclaimer</source>
        <translation>Agregar el descargo de responsabilidad</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation>Usar “%1”</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Bloqueante</translation>
    </message>
    <message>
        <source>The compliance rules could not be loaded.</source>
        <translation>No se pudieron cargar las reglas de cumplimiento.</translation>
    </message>
    <message>
        <source>Put “%1” at the start</source>
        <translation>Poner “%1” al principio</translation>
    </message>
    <message>
        <source>Describe the image…</source>
        <translation>Describir la imagen…</translation>
    </message>
    <message>
        <source>Name of a person</source>
        <translation>Nombre de una persona</translation>
    </message>
    <message>
        <source>A name together with anything about care can identify a patient. Names are the first of the identifiers that make health information identifiable.</source>
        <translation>Un nombre junto con cualquier dato sobre la atención puede identificar a un paciente. Los nombres son el primero de los identificadores que hacen identificable la información de salud.</translation>
    </message>
    <message>
        <source>Social media handle of a person</source>
        <translation>Usuario de redes sociales de una persona</translation>
    </message>
    <message>
        <source>Tagging or mentioning someone next to care details shows who the patient is.</source>
        <translation>Etiquetar o mencionar a alguien junto a detalles de la atención muestra quién es el paciente.</translation>
    </message>
    <message>
        <source>Date tied to a person</source>
        <translation>Fecha vinculada a una persona</translation>
    </message>
    <message>
        <source>Dates of visits, treatments or birth (anything but the year) can identify a patient.</source>
        <translation>Las fechas de visitas, tratamientos o nacimiento (todo salvo el año) pueden identificar a un paciente.</translation>
    </message>
    <message>
        <source>Age of a person</source>
        <translation>Edad de una persona</translation>
    </message>
    <message>
        <source>An age together with a story or a name helps identify a patient; ages over 89 are identifiers on their own.</source>
        <translation>Una edad junto con una historia o un nombre ayuda a identificar a un paciente; las edades mayores de 89 años son identificadores por sí solas.</translation>
    </message>
    <message>
        <source>Someone&apos;s phone number</source>
        <translation>Número de teléfono de una persona</translation>
    </message>
    <message>
        <source>A person&apos;s telephone number identifies them. The practice&apos;s own number is fine.</source>
        <translation>El número de teléfono de una persona la identifica. El número propio del consultorio no es problema.</translation>
    </message>
    <message>
        <source>Someone&apos;s fax number</source>
        <translation>Número de fax de una persona</translation>
    </message>
    <message>
        <source>A person&apos;s fax number identifies them. The practice&apos;s own fax is fine.</source>
        <translation>El número de fax de una persona la identifica. El fax propio del consultorio no es problema.</translation>
    </message>
    <message>
        <source>Someone&apos;s e-mail address</source>
        <translation>Correo electrónico de una persona</translation>
    </message>
    <message>
        <source>A personal e-mail address identifies its owner. The practice&apos;s own addresses are fine.</source>
        <translation>Una dirección de correo electrónico personal identifica a su titular. Las direcciones propias del consultorio no son problema.</translation>
    </message>
    <message>
        <source>Address or place of a person</source>
        <translation>Dirección o lugar de una persona</translation>
    </message>
    <message>
        <source>Street addresses, towns and postcodes smaller than a state can identify a patient. The practice&apos;s own address is fine.</source>
        <translation>Las direcciones, ciudades y códigos postales de zonas más pequeñas que un estado pueden identificar a un paciente. La dirección propia del consultorio no es problema.</translation>
    </message>
    <message>
        <source>Identification number</source>
        <translation>Número de identificación</translation>
    </message>
    <message>
        <source>Social security, insurance, record, account, licence and similar numbers identify a person and must never be posted.</source>
        <translation>Los números de seguro social, de seguro médico, de expediente, de cuenta, de licencia y similares identifican a una persona y nunca deberían publicarse.</translation>
    </message>
    <message>
        <source>Link to a person&apos;s page</source>
        <translation>Enlace a la página de una persona</translation>
    </message>
    <message>
        <source>A link to someone&apos;s profile or personal page identifies them.</source>
        <translation>Un enlace al perfil o a la página personal de alguien lo identifica.</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>An IP address can be traced to a person and their device.</source>
        <translation>Una dirección IP se puede rastrear hasta una persona y su dispositivo.</translation>
    </message>
    <message>
        <source>Photo of a patient without consent</source>
        <translation>Foto de un paciente sin consentimiento</translation>
    </message>
    <message>
        <source>A recognisable photo of a patient needs their written consent for this use and network.</source>
        <translation>Una foto reconocible de un paciente necesita su consentimiento por escrito para este uso y esta red.</translation>
    </message>
    <message>
        <source>Confirms that someone is a patient</source>
        <translation>Confirma que alguien es paciente</translation>
    </message>
    <message>
        <source>Saying or implying that a person is treated by the practice discloses health information. Practices have paid fines for review replies like this; thank the person without mentioning care.</source>
        <translation>Decir o dar a entender que una persona se atiende en el consultorio revela información de salud. Algunos consultorios han pagado multas por respuestas a reseñas como esta; agradezca a la persona sin mencionar la atención.</translation>
    </message>
    <message>
        <source>Patient story without consent</source>
        <translation>Historia de paciente sin consentimiento</translation>
    </message>
    <message>
        <source>Testimonials, patient stories, before/after results and photos of patients need a signed, current consent that covers this use and network. Link one from the consent registry.</source>
        <translation>Los testimonios, las historias de pacientes, los resultados de antes y después y las fotos de pacientes necesitan un consentimiento firmado y vigente que cubra este uso y esta red. Vincule uno del registro de consentimientos.</translation>
    </message>
    <message>
        <source>Medical advice without a disclaimer</source>
        <translation>Consejo médico sin descargo de responsabilidad</translation>
    </message>
    <message>
        <source>Doses, what to take or stop and self-treatment read as individual advice. Add the practice&apos;s disclaimer, and consider whether the advice belongs in a post at all; a disclaimer does not fix a misleading claim.</source>
        <translation>Las dosis, qué tomar o dejar de tomar y el autotratamiento se leen como un consejo individual. Agregue el descargo de responsabilidad del consultorio y considere si el consejo debe estar en una publicación; un descargo de responsabilidad no corrige una afirmación engañosa.</translation>
    </message>
    <message>
        <source>Discourages seeing a clinician</source>
        <translation>Desalienta la consulta con un profesional</translation>
    </message>
    <message>
        <source>Telling people they need not see a doctor, or when not to, can discourage essential care.</source>
        <translation>Decir a las personas que no necesitan ver a un médico, o cuándo no deben hacerlo, puede desalentar la atención necesaria.</translation>
    </message>
    <message>
        <source>Health claim that may mislead</source>
        <translation>Afirmación de salud que puede inducir a error</translation>
    </message>
    <message>
        <source>Health claims need solid evidence and must not create unjustified expectations.</source>
        <translation>Las afirmaciones de salud necesitan pruebas sólidas y no deberían crear expectativas injustificadas.</translation>
    </message>
    <message>
        <source>Promises a cure</source>
        <translation>Promete una cura</translation>
    </message>
    <message>
        <source>Claims that a treatment cures or heals need strong scientific evidence; promising a cure may mislead.</source>
        <translation>Afirmar que un tratamiento cura o sana requiere pruebas científicas sólidas; prometer una cura puede inducir a error.</translation>
    </message>
    <message>
        <source>Guarantees a result</source>
        <translation>Garantiza un resultado</translation>
    </message>
    <message>
        <source>No treatment can promise a result; guarantees of success are restricted by advertising rules and professional codes.</source>
        <translation>Ningún tratamiento puede prometer un resultado; las garantías de éxito están restringidas por las normas publicitarias y los códigos profesionales.</translation>
    </message>
    <message>
        <source>Promises no pain</source>
        <translation>Promete ausencia de dolor</translation>
    </message>
    <message>
        <source>&apos;Painless&apos; implies no harmful or unpleasant effects and needs substantiation. &apos;Comfortable&apos; or &apos;gentle&apos; says what you mean without a promise.</source>
        <translation>&apos;Indoloro&apos; implica que no hay efectos dañinos ni desagradables y necesita respaldo. &apos;Cómodo&apos; o &apos;suave&apos; dice lo que quiere decir sin prometer nada.</translation>
    </message>
    <message>
        <source>Superiority claim</source>
        <translation>Afirmación de superioridad</translation>
    </message>
    <message>
        <source>&apos;Best&apos;, &apos;#1&apos; and similar comparisons need evidence and can create unjustified expectations.</source>
        <translation>&apos;El mejor&apos;, &apos;#1&apos; y comparaciones similares necesitan pruebas y pueden crear expectativas injustificadas.</translation>
    </message>
    <message>
        <source>Says there is no risk</source>
        <translation>Afirma que no hay riesgo</translation>
    </message>
    <message>
        <source>Every treatment has risks; claiming none (or no side effects, no downtime) minimises them.</source>
        <translation>Todo tratamiento tiene riesgos; afirmar que no hay ninguno (o que no hay efectos secundarios ni tiempo de recuperación) los minimiza.</translation>
    </message>
    <message>
        <source>Exaggerated claim</source>
        <translation>Afirmación exagerada</translation>
    </message>
    <message>
        <source>Words like &apos;miracle&apos;, &apos;magic&apos; or &apos;breakthrough&apos; exaggerate what a treatment can do.</source>
        <translation>Palabras como &apos;milagro&apos;, &apos;mágico&apos; o &apos;revolucionario&apos; exageran lo que puede hacer un tratamiento.</translation>
    </message>
    <message>
        <source>Promises a permanent result</source>
        <translation>Promete un resultado permanente</translation>
    </message>
    <message>
        <source>Results vary and may not last; promising permanence may mislead.</source>
        <translation>Los resultados varían y pueden no durar; prometer permanencia puede inducir a error.</translation>
    </message>
    <message>
        <source>Claims proof or approval</source>
        <translation>Afirma pruebas o aprobación</translation>
    </message>
    <message>
        <source>&apos;Clinically proven&apos; needs trials in people; devices are usually &apos;cleared&apos;, not &apos;approved&apos;, by the FDA.</source>
        <translation>&apos;Clínicamente probado&apos; requiere ensayos en personas; la FDA suele &apos;autorizar&apos; (cleared) los dispositivos, no &apos;aprobarlos&apos; (approved).</translation>
    </message>
    <message>
        <source>Promises an outcome</source>
        <translation>Promete un resultado concreto</translation>
    </message>
    <message>
        <source>Success rates, instant or one-session results and replacing medication imply typical results that need evidence and may discourage proper care.</source>
        <translation>Las tasas de éxito, los resultados inmediatos o en una sola sesión y la sustitución de medicamentos sugieren resultados típicos que necesitan pruebas y pueden desalentar la atención adecuada.</translation>
    </message>
    <message>
        <source>Advertises a prescription-only medicine</source>
        <translation>Anuncia un medicamento de venta con receta</translation>
    </message>
    <message>
        <source>Prescription-only medicines such as botulinum toxin may not be advertised to the public here; describe the consultation instead.</source>
        <translation>Aquí los medicamentos de venta con receta, como la toxina botulínica, no pueden anunciarse al público; describa la consulta en su lugar.</translation>
    </message>
    <message>
        <source>Before/after comparison for a cosmetic treatment</source>
        <translation>Comparación de antes y después de un tratamiento estético</translation>
    </message>
    <message>
        <source>Before-and-after comparisons are not allowed in public advertising for cosmetic procedures here.</source>
        <translation>Aquí no se permiten comparaciones de antes y después en la publicidad pública de procedimientos estéticos.</translation>
    </message>
    <message>
        <source>Pressure to book a cosmetic treatment</source>
        <translation>Presión para reservar un tratamiento estético</translation>
    </message>
    <message>
        <source>Time-limited deals and prizes for cosmetic treatments encourage decisions people have not thought through.</source>
        <translation>Las ofertas por tiempo limitado y los premios para tratamientos estéticos fomentan decisiones poco meditadas.</translation>
    </message>
    <message>
        <source>Patient testimonial for a cosmetic treatment</source>
        <translation>Testimonio de paciente sobre un tratamiento estético</translation>
    </message>
    <message>
        <source>Statements of patients about cosmetic treatments may not be used in public advertising when they could mislead.</source>
        <translation>Las declaraciones de pacientes sobre tratamientos estéticos no pueden usarse en la publicidad pública cuando podrían inducir a error.</translation>
    </message>
    <message>
        <source>One of your practice&apos;s own terms</source>
        <translation>Uno de los términos propios de su consultorio</translation>
    </message>
    <message>
        <source>Your practice asked to check every post for this term (Settings → Your own words to check).</source>
        <translation>Su consultorio pidió revisar cada publicación en busca de este término (Configuración → Sus propias palabras a revisar).</translation>
    </message>
    <message>
        <source>Sponsorship without a clear disclosure</source>
        <translation>Patrocinio sin divulgación clara</translation>
    </message>
    <message>
        <source>Gifts, payments, partnerships, affiliate links and discount codes must be disclosed clearly at the start, e.g. &apos;#ad&apos; or &apos;Paid partnership with …&apos;.</source>
        <translation>Los regalos, pagos, colaboraciones, enlaces de afiliado y códigos de descuento deberían divulgarse claramente al principio, p. ej., &apos;#publicidad&apos; o &apos;Colaboración pagada con …&apos;.</translation>
    </message>
    <message>
        <source>Disclosure hidden at the end</source>
        <translation>Divulgación oculta al final</translation>
    </message>
    <message>
        <source>A disclosure at the end or among hashtags is easy to miss; put it at the start.</source>
        <translation>Una divulgación al final o entre hashtags es fácil de pasar por alto; póngala al principio.</translation>
    </message>
    <message>
        <source>Disclosure too vague</source>
        <translation>Divulgación demasiado vaga</translation>
    </message>
    <message>
        <source>&apos;#spon&apos;, &apos;#collab&apos; or &apos;#partner&apos; do not tell readers it is an ad; use &apos;#ad&apos;, &apos;Ad:&apos; or &apos;Paid partnership&apos;.</source>
        <translation>&apos;#colaboracion&apos;, &apos;#socio&apos; o &apos;#spon&apos; no indican a los lectores que se trata de publicidad; use &apos;#publicidad&apos;, &apos;Publicidad:&apos; o &apos;Colaboración pagada&apos;.</translation>
    </message>
    <message>
        <source>Too long for the network</source>
        <translation>Demasiado largo para la red</translation>
    </message>
    <message>
        <source>The network refuses or cuts posts over its limit; shorten the text or write a variant for this network.</source>
        <translation>La red rechaza o recorta las publicaciones que superan su límite; acorte el texto o escriba una variante para esta red.</translation>
    </message>
    <message>
        <source>Image without a description</source>
        <translation>Imagen sin descripción</translation>
    </message>
    <message>
        <source>People using screen readers rely on alt text. Describe what the image shows.</source>
        <translation>Las personas que usan lectores de pantalla dependen del texto alternativo. Describa lo que muestra la imagen.</translation>
    </message>
    <message>
        <source>Hashtag is hard to read aloud</source>
        <translation>Hashtag difícil de leer en voz alta</translation>
    </message>
    <message>
        <source>Screen readers read #CamelCaseHashtags word by word; all-lowercase hashtags are read as one long word.</source>
        <translation>Los lectores de pantalla leen los #HashtagsConMayúsculas palabra por palabra; los hashtags escritos todo en minúsculas se leen como una sola palabra larga.</translation>
    </message>
    <message>
        <source>Link a consent…</source>
        <translation>Vincular un consentimiento…</translation>
    </message>
    <message>
        <source>Over the limit: %1</source>
        <translation>Supera el límite: %1</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Testimonial</source>
        <translation>Testimonio</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Historia</translation>
    </message>
</context>
<context>
    <name>ConsentRepository</name>
    <message>
        <source>The consent needs the name of the person who gave it.</source>
        <translation>El consentimiento necesita el nombre de la persona que lo otorgó.</translation>
    </message>
    <message>
        <source>The consent needs the date it was signed.</source>
        <translation>El consentimiento necesita la fecha en que se firmó.</translation>
    </message>
    <message>
        <source>The consent cannot expire before it was signed.</source>
        <translation>El consentimiento no puede vencer antes de haberse firmado.</translation>
    </message>
    <message>
        <source>The consent must cover at least one use (testimonial, photo, video or story).</source>
        <translation>El consentimiento debe cubrir al menos un uso (testimonio, foto, video o historia).</translation>
    </message>
    <message>
        <source>save the consent</source>
        <translation>guardar el consentimiento</translation>
    </message>
    <message>
        <source>The consent no longer exists.</source>
        <translation>El consentimiento ya no existe.</translation>
    </message>
    <message>
        <source>delete the consent</source>
        <translation>eliminar el consentimiento</translation>
    </message>
    <message>
        <source>read the consent</source>
        <translation>leer el consentimiento</translation>
    </message>
    <message>
        <source>read the consents</source>
        <translation>leer los consentimientos</translation>
    </message>
    <message>
        <source>read the post&apos;s consents</source>
        <translation>leer los consentimientos de la publicación</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No secret is stored in the keychain for this account.</source>
        <translation>No hay ninguna credencial guardada en el llavero para esta cuenta.</translation>
    </message>
    <message>
        <source>The keychain refused access while trying to %1. Unlock the keychain and try again.</source>
        <translation>El llavero denegó el acceso al intentar %1. Desbloquee el llavero e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The keychain could not delete the secret.</source>
        <translation>El llavero no pudo eliminar la credencial.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Error del llavero: %1</translation>
    </message>
    <message>
        <source>No keychain available. Clearpost keeps account secrets only in the system keychain (GNOME Keyring, KWallet or another Secret Service); start or install one and try again.</source>
        <translation>No hay ningún llavero disponible. Clearpost guarda las credenciales de las cuentas solo en el llavero del sistema (GNOME Keyring, KWallet u otro Secret Service); inicie o instale uno e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The account has no keychain entry name.</source>
        <translation>La cuenta no tiene nombre de entrada en el llavero.</translation>
    </message>
    <message>
        <source>store the secret</source>
        <translation>guardar la credencial</translation>
    </message>
    <message>
        <source>read the secret</source>
        <translation>leer la credencial</translation>
    </message>
    <message>
        <source>remove the secret</source>
        <translation>quitar la credencial</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>No se indicó ningún archivo de base de datos.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Clearpost database.</source>
        <translation>%1 es una carpeta, no una base de datos de Clearpost.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Clearpost database (it is not an SQLite file).</source>
        <translation>%1 no es una base de datos de Clearpost (no es un archivo SQLite).</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). It was not changed; restore it from a backup.</source>
        <translation>%1 está dañado y no se puede leer (%2). No se modificó; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Clearpost database. It was not changed.</source>
        <translation>%1 es una base de datos SQLite de otro programa, no una base de datos de Clearpost. No se modificó.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Clearpost (schema %2; this version understands up to %3). It was not changed; please update Clearpost.</source>
        <translation>%1 se escribió con una versión más reciente de Clearpost (esquema %2; esta versión admite hasta el %3). No se modificó; actualice Clearpost.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be checked (%2). It was not changed; restore it from a backup.</source>
        <translation>%1 está dañado y no se puede comprobar (%2). No se modificó; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 failed its integrity check. It was not changed; restore it from a backup.</source>
        <translation>%1 no superó la comprobación de integridad. No se modificó; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Could not switch the database to write-ahead logging: %1</source>
        <translation>No se pudo cambiar la base de datos al registro de escritura anticipada (WAL): %1</translation>
    </message>
    <message>
        <source>Could not configure the database: %1</source>
        <translation>No se pudo configurar la base de datos: %1</translation>
    </message>
    <message>
        <source>This SQLite build does not enforce foreign keys.</source>
        <translation>Esta compilación de SQLite no aplica las claves foráneas.</translation>
    </message>
    <message>
        <source>Could not upgrade the database to version %1: %2</source>
        <translation>No se pudo actualizar la base de datos a la versión %1: %2</translation>
    </message>
    <message>
        <source>Could not record schema version %1: %2</source>
        <translation>No se pudo registrar la versión de esquema %1: %2</translation>
    </message>
    <message>
        <source>Could not check the database: %1</source>
        <translation>No se pudo comprobar la base de datos: %1</translation>
    </message>
    <message>
        <source>The database failed its integrity check (problems found: %1).</source>
        <translation>La base de datos no superó la comprobación de integridad (problemas encontrados: %1).</translation>
    </message>
    <message>
        <source>The database has broken links between records.</source>
        <translation>La base de datos tiene vínculos rotos entre registros.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the backup.</source>
        <translation>%1 ya existe; elija un nombre de archivo nuevo para la copia de seguridad.</translation>
    </message>
    <message>
        <source>Could not write the backup: %1</source>
        <translation>No se pudo escribir la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>No se pudo leer %1.</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>No se pudo iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation>La transacción ya terminó.</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>No se pudieron guardar los cambios: %1</translation>
    </message>
</context>
<context>
    <name>DemoBuilder</name>
    <message>
        <source>Could not write the sample image %1.</source>
        <translation>No se pudo escribir la imagen de ejemplo %1.</translation>
    </message>
    <message>
        <source>Could not read back the sample image %1.</source>
        <translation>No se pudo volver a leer la imagen de ejemplo %1.</translation>
    </message>
    <message>
        <source>The demo covers 1 to 36 months.</source>
        <translation>La demostración abarca de 1 a 36 meses.</translation>
    </message>
    <message>
        <source>Practice plan %1–%2</source>
        <translation>Plan del consultorio %1–%2</translation>
    </message>
    <message>
        <source>Grow local awareness, keep existing patients informed between visits, and fill the new evening hours.</source>
        <translation>Aumentar el reconocimiento local, mantener informados a los pacientes actuales entre visitas y llenar el nuevo horario vespertino.</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Team &amp; culture</source>
        <translation>Equipo &amp; cultura</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promociones</translation>
    </message>
    <message>
        <source>The network did not answer in time.</source>
        <translation>La red no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The database already holds a practice; the demo needs a new, empty file.</source>
        <translation>La base de datos ya contiene un consultorio; la demostración necesita un archivo nuevo y vacío.</translation>
    </message>
</context>
<context>
    <name>MediaRepository</name>
    <message>
        <source>The media entry needs a file.</source>
        <translation>La entrada multimedia necesita un archivo.</translation>
    </message>
    <message>
        <source>add the media file</source>
        <translation>agregar el archivo multimedia</translation>
    </message>
    <message>
        <source>save the media details</source>
        <translation>guardar los detalles del archivo multimedia</translation>
    </message>
    <message>
        <source>The media file no longer exists.</source>
        <translation>El archivo multimedia ya no existe.</translation>
    </message>
    <message>
        <source>remove the media file</source>
        <translation>quitar el archivo multimedia</translation>
    </message>
    <message>
        <source>read the media file</source>
        <translation>leer el archivo multimedia</translation>
    </message>
    <message>
        <source>read the media library</source>
        <translation>leer la biblioteca multimedia</translation>
    </message>
    <message>
        <source>read the post&apos;s media</source>
        <translation>leer los archivos multimedia de la publicación</translation>
    </message>
</context>
<context>
    <name>MetricRepository</name>
    <message>
        <source>save the metrics</source>
        <translation>guardar las métricas</translation>
    </message>
    <message>
        <source>A metric needs an account, a day and a name.</source>
        <translation>Una métrica necesita una cuenta, un día y un nombre.</translation>
    </message>
    <message>
        <source>read the metrics</source>
        <translation>leer las métricas</translation>
    </message>
    <message>
        <source>read the post&apos;s metrics</source>
        <translation>leer las métricas de la publicación</translation>
    </message>
    <message>
        <source>count the metrics</source>
        <translation>contar las métricas</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>The plan needs a name.</source>
        <translation>El plan necesita un nombre.</translation>
    </message>
    <message>
        <source>The plan cannot end before it starts.</source>
        <translation>El plan no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>Every content pillar needs a name.</source>
        <translation>Cada pilar de contenido necesita un nombre.</translation>
    </message>
    <message>
        <source>Two content pillars have the same name.</source>
        <translation>Dos pilares de contenido tienen el mismo nombre.</translation>
    </message>
    <message>
        <source>A pillar&apos;s share must be between 0 and 100 %.</source>
        <translation>La proporción de un pilar debe estar entre 0 y 100 %.</translation>
    </message>
    <message>
        <source>The pillars&apos; shares add up to more than 100 %.</source>
        <translation>Las proporciones de los pilares suman más del 100 %.</translation>
    </message>
    <message>
        <source>Posts per week cannot be negative.</source>
        <translation>El número de publicaciones por semana no puede ser negativo.</translation>
    </message>
    <message>
        <source>The campaign needs a name.</source>
        <translation>La campaña necesita un nombre.</translation>
    </message>
    <message>
        <source>The campaign cannot end before it starts.</source>
        <translation>La campaña no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>save the plan</source>
        <translation>guardar el plan</translation>
    </message>
    <message>
        <source>The plan no longer exists.</source>
        <translation>El plan ya no existe.</translation>
    </message>
    <message>
        <source>save the plan&apos;s cadence and pillars</source>
        <translation>guardar la frecuencia y los pilares del plan</translation>
    </message>
    <message>
        <source>delete the plan</source>
        <translation>eliminar el plan</translation>
    </message>
    <message>
        <source>read the plans</source>
        <translation>leer los planes</translation>
    </message>
    <message>
        <source>save the campaign</source>
        <translation>guardar la campaña</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>La campaña ya no existe.</translation>
    </message>
    <message>
        <source>delete the campaign</source>
        <translation>eliminar la campaña</translation>
    </message>
    <message>
        <source>read the campaign</source>
        <translation>leer la campaña</translation>
    </message>
    <message>
        <source>read the campaigns</source>
        <translation>leer las campañas</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Google Business Profile</source>
        <translation>Google Business Profile</translation>
    </message>
</context>
<context>
    <name>PlatformCounter</name>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, %1/%2 bytes</source>
        <translation>, %1/%2 bytes</translation>
    </message>
    <message>
        <source>, %1/%2 hashtags</source>
        <translation>, %1/%2 hashtags</translation>
    </message>
    <message>
        <source>, %1/%2 links</source>
        <translation>, %1/%2 enlaces</translation>
    </message>
</context>
<context>
    <name>Post</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publicándose</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Review reply</source>
        <translation>Respuesta a reseña</translation>
    </message>
    <message>
        <source>Comment reply</source>
        <translation>Respuesta a comentario</translation>
    </message>
</context>
<context>
    <name>PostLifecycle</name>
    <message>
        <source>The post is already %1.</source>
        <translation>La publicación ya tiene el estado “%1”.</translation>
    </message>
    <message>
        <source>The post is being published right now; wait until it has finished.</source>
        <translation>La publicación se está publicando en este momento; espere a que termine.</translation>
    </message>
    <message>
        <source>The post has been published; it can only be archived.</source>
        <translation>La publicación ya se publicó; solo se puede archivar.</translation>
    </message>
    <message>
        <source>Only a post in review can be approved.</source>
        <translation>Solo se puede aprobar una publicación en revisión.</translation>
    </message>
    <message>
        <source>Only an approved post can be scheduled.</source>
        <translation>Solo se puede programar una publicación aprobada.</translation>
    </message>
    <message>
        <source>Only a post being published can end as %1.</source>
        <translation>Solo una publicación que se está publicando puede terminar con el estado “%1”.</translation>
    </message>
    <message>
        <source>Only a scheduled or failed post can be published.</source>
        <translation>Solo se puede publicar si la publicación está programada o fallida.</translation>
    </message>
    <message>
        <source>A post cannot go from %1 to %2.</source>
        <translation>Una publicación no puede pasar del estado “%1” al estado “%2”.</translation>
    </message>
</context>
<context>
    <name>PostRepository</name>
    <message>
        <source>save the post</source>
        <translation>guardar la publicación</translation>
    </message>
    <message>
        <source>The post no longer exists.</source>
        <translation>La publicación ya no existe.</translation>
    </message>
    <message>
        <source>save the post&apos;s networks</source>
        <translation>guardar las redes de la publicación</translation>
    </message>
    <message>
        <source>The post targets the same account twice.</source>
        <translation>La publicación está dirigida dos veces a la misma cuenta.</translation>
    </message>
    <message>
        <source>save the post&apos;s media and consents</source>
        <translation>guardar los archivos multimedia y los consentimientos de la publicación</translation>
    </message>
    <message>
        <source>delete the post</source>
        <translation>eliminar la publicación</translation>
    </message>
    <message>
        <source>read the post</source>
        <translation>leer la publicación</translation>
    </message>
    <message>
        <source>read the posts</source>
        <translation>leer las publicaciones</translation>
    </message>
    <message>
        <source>read the post&apos;s networks</source>
        <translation>leer las redes de la publicación</translation>
    </message>
    <message>
        <source>count the posts</source>
        <translation>contar las publicaciones</translation>
    </message>
    <message>
        <source>read the outbox</source>
        <translation>leer la bandeja de salida</translation>
    </message>
    <message>
        <source>change the post&apos;s state</source>
        <translation>cambiar el estado de la publicación</translation>
    </message>
    <message>
        <source>save the publishing record</source>
        <translation>guardar el registro de publicación</translation>
    </message>
    <message>
        <source>The post&apos;s network entry no longer exists.</source>
        <translation>La entrada de red de la publicación ya no existe.</translation>
    </message>
</context>
<context>
    <name>PostService</name>
    <message>
        <source>Set your name in Settings before saving posts; the audit trail needs it.</source>
        <translation>Escriba su nombre en Configuración antes de guardar publicaciones; el registro de auditoría lo necesita.</translation>
    </message>
    <message>
        <source>A %1 post cannot be edited.</source>
        <translation>No se puede editar una publicación con el estado “%1”.</translation>
    </message>
    <message>
        <source>Set your name in Settings first; the audit trail needs it.</source>
        <translation>Primero escriba su nombre en Configuración; el registro de auditoría lo necesita.</translation>
    </message>
    <message>
        <source>Pick a date and time before scheduling the post.</source>
        <translation>Elija una fecha y una hora antes de programar la publicación.</translation>
    </message>
    <message>
        <source>Choose at least one account to post to.</source>
        <translation>Elija al menos una cuenta en la que publicar.</translation>
    </message>
    <message>
        <source>The post is empty.</source>
        <translation>La publicación está vacía.</translation>
    </message>
    <message>
        <source>A %1 post cannot be deleted; archive it instead.</source>
        <translation>No se puede eliminar una publicación con el estado “%1”; archívela en su lugar.</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>United States (HIPAA, FTC)</source>
        <translation>Estados Unidos (HIPAA, FTC)</translation>
    </message>
    <message>
        <source>United Kingdom (UK GDPR, ASA CAP Code, GMC/GDC)</source>
        <translation>Reino Unido (UK GDPR, ASA CAP Code, GMC/GDC)</translation>
    </message>
    <message>
        <source>Germany (DSGVO, HWG)</source>
        <translation>Alemania (DSGVO/RGPD, HWG)</translation>
    </message>
    <message>
        <source>Dental</source>
        <translation>Odontología</translation>
    </message>
    <message>
        <source>Physiotherapy</source>
        <translation>Fisioterapia</translation>
    </message>
    <message>
        <source>Family medicine</source>
        <translation>Medicina familiar</translation>
    </message>
    <message>
        <source>Dermatology</source>
        <translation>Dermatología</translation>
    </message>
    <message>
        <source>Veterinary</source>
        <translation>Veterinaria</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Terapia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>PracticeRepository</name>
    <message>
        <source>read the practice</source>
        <translation>leer el consultorio</translation>
    </message>
    <message>
        <source>read the practice profile</source>
        <translation>leer el perfil del consultorio</translation>
    </message>
    <message>
        <source>This database has no practice profile yet.</source>
        <translation>Esta base de datos aún no tiene un perfil de consultorio.</translation>
    </message>
    <message>
        <source>read the staff roster</source>
        <translation>leer la lista del personal</translation>
    </message>
    <message>
        <source>The practice needs a name.</source>
        <translation>El consultorio necesita un nombre.</translation>
    </message>
    <message>
        <source>save the practice profile</source>
        <translation>guardar el perfil del consultorio</translation>
    </message>
    <message>
        <source>save the staff roster</source>
        <translation>guardar la lista del personal</translation>
    </message>
</context>
<context>
    <name>RuleBook</name>
    <message>
        <source>The rule data %1 could not be read: %2</source>
        <translation>No se pudieron leer los datos de reglas %1: %2</translation>
    </message>
    <message>
        <source>The rule data %1 is not valid JSON (%2 at offset %3).</source>
        <translation>Los datos de reglas %1 no son JSON válido (%2 en la posición %3).</translation>
    </message>
    <message>
        <source>%1: unknown word list “%2”.</source>
        <translation>%1: lista de palabras desconocida “%2”.</translation>
    </message>
    <message>
        <source>%1: unknown claim rule “%2”.</source>
        <translation>%1: regla de afirmaciones desconocida “%2”.</translation>
    </message>
    <message>
        <source>%1: rule “%2” has an unknown severity.</source>
        <translation>%1: la regla “%2” tiene una gravedad desconocida.</translation>
    </message>
    <message>
        <source>%1: unknown jurisdiction “%2”.</source>
        <translation>%1: jurisdicción desconocida “%2”.</translation>
    </message>
    <message>
        <source>The name list is empty.</source>
        <translation>La lista de nombres está vacía.</translation>
    </message>
    <message>
        <source>%1: list “%2” has a phrase the matcher cannot read: “%3”.</source>
        <translation>%1: la lista «%2» contiene una frase que el comparador no puede leer: «%3».</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>Unknown page “%1”; pages are: %2.</source>
        <translation>Página desconocida “%1”; las páginas son: %2.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Could not %1: %2</source>
        <translation>No se pudo %1: %2</translation>
    </message>
</context>
<context>
    <name>TemplateRepository</name>
    <message>
        <source>The template needs a title.</source>
        <translation>La plantilla necesita un título.</translation>
    </message>
    <message>
        <source>save the template</source>
        <translation>guardar la plantilla</translation>
    </message>
    <message>
        <source>The template no longer exists.</source>
        <translation>La plantilla ya no existe.</translation>
    </message>
    <message>
        <source>delete the template</source>
        <translation>eliminar la plantilla</translation>
    </message>
    <message>
        <source>read the template</source>
        <translation>leer la plantilla</translation>
    </message>
    <message>
        <source>read the templates</source>
        <translation>leer las plantillas</translation>
    </message>
</context>
<context>
    <name>clearpost::AccountDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Editar cuenta</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Agregar cuenta</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Red:</translation>
    </message>
    <message>
        <source>e.g. lakeshoredental</source>
        <translation>p. ej., lakeshoredental</translation>
    </message>
    <message>
        <source>&amp;Handle or page:</source>
        <translation>&amp;Usuario o página:</translation>
    </message>
    <message>
        <source>How the account is shown in Clearpost</source>
        <translation>Cómo se muestra la cuenta en Clearpost</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nombre visible:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Characters per post:</source>
        <translation>Caracteres por publicación:</translation>
    </message>
    <message>
        <source>Server default</source>
        <translation>Predeterminado del servidor</translation>
    </message>
    <message>
        <source>Some Mastodon servers allow longer posts than 500 characters.</source>
        <translation>Algunos servidores de Mastodon permiten publicaciones de más de 500 caracteres.</translation>
    </message>
    <message>
        <source>Optional: the network&apos;s page or account id</source>
        <translation>Opcional: el ID de la página o de la cuenta en la red</translation>
    </message>
    <message>
        <source>Account &amp;id:</source>
        <translation>&amp;ID de la cuenta:</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>Déjelo vacío para conservar la credencial guardada</translation>
    </message>
    <message>
        <source>App password or access token</source>
        <translation>Contraseña de aplicación o token de acceso</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Credencial:</translation>
    </message>
    <message>
        <source>Stored only in this computer&apos;s keychain, never in the practice file or its backups.</source>
        <translation>Se guarda solo en el llavero de este equipo, nunca en el archivo del consultorio ni en sus copias de seguridad.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Enter the account&apos;s handle or page name.</source>
        <translation>Escriba el nombre de usuario o de página de la cuenta.</translation>
    </message>
    <message>
        <source>The server must be a web address such as %1.</source>
        <translation>El servidor debe ser una dirección web como %1.</translation>
    </message>
</context>
<context>
    <name>clearpost::AccountListModel</name>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>The access token expires soon; reconnect the account.</source>
        <translation>El token de acceso vence pronto; vuelva a conectar la cuenta.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Última verificación</translation>
    </message>
    <message>
        <source>Token expires</source>
        <translation>Vencimiento del token</translation>
    </message>
</context>
<context>
    <name>clearpost::AccountService</name>
    <message>
        <source>The account was not added: %1</source>
        <translation>No se agregó la cuenta: %1</translation>
    </message>
    <message>
        <source>The account was not changed: %1</source>
        <translation>No se modificó la cuenta: %1</translation>
    </message>
    <message>
        <source>The account was removed, but its secret could not be deleted from the keychain: %1</source>
        <translation>Se quitó la cuenta, pero no se pudo eliminar su credencial del llavero: %1</translation>
    </message>
</context>
<context>
    <name>clearpost::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>The practice&apos;s social media accounts. Secrets are kept in this computer&apos;s keychain.</source>
        <translation>Las cuentas de redes sociales del consultorio. Las credenciales se guardan en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>A&amp;gregar cuenta…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Check that the account&apos;s secret is in the keychain</source>
        <translation>Comprobar que la credencial de la cuenta está en el llavero</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>No accounts yet. Add the practice&apos;s Facebook page, Instagram, Bluesky or other accounts to plan and publish posts for them.</source>
        <translation>Aún no hay cuentas. Agregue la página de Facebook, Instagram, Bluesky u otras cuentas del consultorio para planificar y publicar en ellas.</translation>
    </message>
    <message>
        <source>Add the first account…</source>
        <translation>Agregar la primera cuenta…</translation>
    </message>
    <message>
        <source>Account added.</source>
        <translation>Cuenta agregada.</translation>
    </message>
    <message>
        <source>Account saved.</source>
        <translation>Cuenta guardada.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Comprobando el llavero…</translation>
    </message>
    <message>
        <source>The secret is in the keychain.</source>
        <translation>La credencial está en el llavero.</translation>
    </message>
    <message>
        <source>Remove %1 on %2?</source>
        <translation>¿Quitar %1 de %2?</translation>
    </message>
    <message>
        <source>Its secret is deleted from the keychain.</source>
        <translation>Su credencial se elimina del llavero.</translation>
    </message>
    <message>
        <source>Posts planned or published for it: %1. Measured figures that will be deleted: %2.</source>
        <translation>Publicaciones planificadas o publicadas para ella: %1. Cifras medidas que se eliminarán: %2.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Account removed.</source>
        <translation>Cuenta quitada.</translation>
    </message>
</context>
<context>
    <name>clearpost::MainWindow</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>A month, week and list view of every planned and published post, with gaps and awareness days marked.</source>
        <translation>Vista mensual, semanal y de lista de cada publicación planificada y publicada, con los huecos y los días de concientización marcados.</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Redactar</translation>
    </message>
    <message>
        <source>Write a post once, adapt it per network, and see privacy and advertising-rule findings while you type.</source>
        <translation>Escriba una publicación una vez, adáptela a cada red y vea los hallazgos de privacidad y de normas publicitarias mientras escribe.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Your templates as cards, filled in with the practice&apos;s details when you use them.</source>
        <translation>Sus plantillas como tarjetas, completadas con los datos del consultorio al usarlas.</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <source>Goals, posting cadence per network and the mix of content pillars, week by week.</source>
        <translation>Objetivos, frecuencia de publicación por red y la combinación de pilares de contenido, semana a semana.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Reach, engagement and the best posts of the month, and the monthly report.</source>
        <translation>Alcance, interacción y las mejores publicaciones del mes, y el informe mensual.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open practice…</source>
        <translation>&amp;Abrir consultorio…</translation>
    </message>
    <message>
        <source>&amp;Back up practice…</source>
        <translation>Hacer &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Clearpost</source>
        <translation>&amp;Acerca de Clearpost</translation>
    </message>
    <message>
        <source>No practice</source>
        <translation>Ningún consultorio</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline — posts wait until you are back online</source>
        <translation>Sin conexión — las publicaciones esperan hasta que vuelva a estar en línea</translation>
    </message>
    <message>
        <source>Network status unknown</source>
        <translation>Estado de la conexión desconocido</translation>
    </message>
    <message>
        <source>Posts waiting: %1</source>
        <translation>Publicaciones en espera: %1</translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation>Bandeja de salida vacía</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fallidas: %1</translation>
    </message>
    <message>
        <source>Next post %1</source>
        <translation>Próxima publicación %1</translation>
    </message>
    <message>
        <source>Nothing scheduled</source>
        <translation>Nada programado</translation>
    </message>
    <message>
        <source>Keychain ready</source>
        <translation>Llavero listo</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Sin llavero</translation>
    </message>
    <message>
        <source>Open a practice file</source>
        <translation>Abrir un archivo de consultorio</translation>
    </message>
    <message>
        <source>Clearpost practice (*.clearpost *.sqlite *.db);;All files (*)</source>
        <translation>Consultorio de Clearpost (*.clearpost *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not open the practice</source>
        <translation>No se pudo abrir el consultorio</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
    <message>
        <source>Back up the practice</source>
        <translation>Hacer copia de seguridad del consultorio</translation>
    </message>
    <message>
        <source>Clearpost practice (*.clearpost)</source>
        <translation>Consultorio de Clearpost (*.clearpost)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Error en la copia de seguridad</translation>
    </message>
    <message>
        <source>Backup written to %1. Account secrets stay in this computer&apos;s keychain.</source>
        <translation>Copia de seguridad escrita en %1. Las credenciales de las cuentas permanecen en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>About Clearpost</source>
        <translation>Acerca de Clearpost</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Clearpost %1&lt;/h3&gt;&lt;p&gt;Social media for small medical practices: plan, draft, check, schedule, publish and measure, offline first.&lt;/p&gt;&lt;p&gt;Findings are hints that a post may need review, not legal advice.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data and artwork&lt;/b&gt;&lt;br&gt;Place names: contains data from GeoNames (geonames.org), licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;; extracted and filtered for Clearpost.&lt;br&gt;Given names and surnames: public lists under MIT, CC0 and public-domain terms (see resources/names/ATTRIBUTION.md).&lt;br&gt;Icons: Tabler Icons (MIT).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Clearpost %1&lt;/h3&gt;&lt;p&gt;Redes sociales para pequeños consultorios médicos: planificar, redactar, revisar, programar, publicar y medir, incluso sin conexión.&lt;/p&gt;&lt;p&gt;Los hallazgos son indicios de que una publicación puede necesitar revisión, no asesoramiento legal.&lt;/p&gt;&lt;p&gt;Con licencia GNU GPL, versión 3 o posterior.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datos e ilustraciones&lt;/b&gt;&lt;br&gt;Nombres de lugares: contiene datos de GeoNames (geonames.org), con licencia &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;; extraídos y filtrados para Clearpost.&lt;br&gt;Nombres y apellidos: listas públicas bajo términos MIT, CC0 y de dominio público (consulte resources/names/ATTRIBUTION.md).&lt;br&gt;Iconos: Tabler Icons (MIT).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>clearpost::PlaceholderPage</name>
    <message>
        <source>Coming in a later version</source>
        <translation>Disponible en una versión posterior</translation>
    </message>
</context>
<context>
    <name>clearpost::Session</name>
    <message>
        <source>Checking the keychain…</source>
        <translation>Comprobando el llavero…</translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>Usuario desconocido</translation>
    </message>
    <message>
        <source>Keychain ready</source>
        <translation>Llavero listo</translation>
    </message>
</context>
<context>
    <name>clearpost::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Your practice&apos;s profile is used in templates and tells the checker which rules apply and which details are your own.</source>
        <translation>El perfil de su consultorio se usa en las plantillas e indica al verificador qué reglas se aplican y qué datos son propios.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the settings (%1)</source>
        <translation>Guardar la configuración (%1)</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Consultorio</translation>
    </message>
    <message>
        <source>e.g. Lakeshore Family Dental</source>
        <translation>p. ej., Lakeshore Family Dental</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>S&amp;pecialty:</source>
        <translation>&amp;Especialidad:</translation>
    </message>
    <message>
        <source>Which privacy and advertising rules the checker applies</source>
        <translation>Qué normas de privacidad y publicidad aplica el verificador</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>&amp;Reglas:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>The language the practice posts in; the checker reads posts in this language</source>
        <translation>El idioma en el que publica el consultorio; el verificador lee las publicaciones en este idioma</translation>
    </message>
    <message>
        <source>Post &amp;language:</source>
        <translation>Idioma de las &amp;publicaciones:</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>Street, city, postcode</source>
        <translation>Calle, ciudad, código postal</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>e.g. (312) 555-0148</source>
        <translation>p. ej., (312) 555-0148</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>e.g. hello@practice.example</source>
        <translation>p. ej., hello@practice.example</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>e.g. https://practice.example</source>
        <translation>p. ej., https://practice.example</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Sitio web:</translation>
    </message>
    <message>
        <source>The practice&apos;s own details are public: the checker never flags them.</source>
        <translation>Los datos propios del consultorio son públicos: el verificador nunca los marca.</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Descargo de responsabilidad</translation>
    </message>
    <message>
        <source>Use the suggested text</source>
        <translation>Usar el texto sugerido</translation>
    </message>
    <message>
        <source>Staff roster</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Staff names are never flagged as patient names. Approvers may approve posts.</source>
        <translation>Los nombres del personal nunca se marcan como nombres de pacientes. Los aprobadores pueden aprobar publicaciones.</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>&amp;Agregar persona</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Your own words to check</source>
        <translation>Sus propias palabras a revisar</translation>
    </message>
    <message>
        <source>One per line. The checker flags these in every post, e.g. a promotion you no longer offer.</source>
        <translation>Una por línea. El verificador las marca en cada publicación, p. ej., una promoción que ya no ofrece.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Your name, as shown in the audit trail</source>
        <translation>Su nombre, tal como aparece en el registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Su n&amp;ombre:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Takes effect the next time Clearpost starts</source>
        <translation>Se aplica la próxima vez que se inicie Clearpost</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Idioma de la &amp;interfaz:</translation>
    </message>
    <message>
        <source>You have unsaved changes.</source>
        <translation>Tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Enter the practice&apos;s name.</source>
        <translation>Escriba el nombre del consultorio.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Clearpost knows; pick one from the list, e.g. America/Chicago.</source>
        <translation>“%1” no es una zona horaria que Clearpost conozca; elija una de la lista, p. ej., America/Chicago.</translation>
    </message>
    <message>
        <source>The e-mail address does not look right; it should be like hello@practice.example.</source>
        <translation>La dirección de correo electrónico no parece correcta; debería ser como hello@practice.example.</translation>
    </message>
    <message>
        <source>The website does not look right; it should be like https://practice.example.</source>
        <translation>El sitio web no parece correcto; debería ser como https://practice.example.</translation>
    </message>
    <message>
        <source>Enter your name; the audit trail records who did what.</source>
        <translation>Escriba su nombre; el registro de auditoría guarda quién hizo qué.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message>
        <source>Saved. The new interface language applies when Clearpost next starts.</source>
        <translation>Guardado. El nuevo idioma de la interfaz se aplicará la próxima vez que se inicie Clearpost.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Cambios descartados.</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Configuración sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to the settings before leaving?</source>
        <translation>¿Guardar los cambios de la configuración antes de salir?</translation>
    </message>
</context>
<context>
    <name>clearpost::StaffTableModel</name>
    <message>
        <source>May approve posts for publishing</source>
        <translation>Puede aprobar publicaciones para publicarlas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Aprobador</translation>
    </message>
</context>
<context>
    <name>clearpost::WelcomeDialog</name>
    <message>
        <source>Welcome to Clearpost</source>
        <translation>Le damos la bienvenida a Clearpost</translation>
    </message>
    <message>
        <source>Plan, check and publish your practice&apos;s social media, with privacy and advertising rules checked while you type. Everything stays on this computer.</source>
        <translation>Planifique, revise y publique las redes sociales de su consultorio, con las normas de privacidad y publicidad comprobadas mientras escribe. Todo se queda en este equipo.</translation>
    </message>
    <message>
        <source>Create your practice</source>
        <translation>Crear su consultorio</translation>
    </message>
    <message>
        <source>Start with your practice&apos;s name and the rules that apply to it.</source>
        <translation>Empiece con el nombre de su consultorio y las reglas que se le aplican.</translation>
    </message>
    <message>
        <source>Open the demo practice</source>
        <translation>Abrir el consultorio de demostración</translation>
    </message>
    <message>
        <source>Explore Clearpost with Lakeshore Family Dental, a sample practice with six months of posts.</source>
        <translation>Explore Clearpost con Lakeshore Family Dental, un consultorio de ejemplo con seis meses de publicaciones.</translation>
    </message>
    <message>
        <source>Open a practice file…</source>
        <translation>Abrir un archivo de consultorio…</translation>
    </message>
    <message>
        <source>Use a practice file that already exists, e.g. restored from a backup.</source>
        <translation>Usar un archivo de consultorio que ya existe, p. ej., uno restaurado desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>e.g. Lakeshore Family Dental</source>
        <translation>p. ej., Lakeshore Family Dental</translation>
    </message>
    <message>
        <source>Practice &amp;name:</source>
        <translation>&amp;Nombre del consultorio:</translation>
    </message>
    <message>
        <source>&amp;Specialty:</source>
        <translation>&amp;Especialidad:</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>&amp;Reglas:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Post &amp;language:</source>
        <translation>Idioma de las &amp;publicaciones:</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Se guardará en %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Create practice</source>
        <translation>Crear consultorio</translation>
    </message>
    <message>
        <source>Open a practice file</source>
        <translation>Abrir un archivo de consultorio</translation>
    </message>
    <message>
        <source>Clearpost practice (*.clearpost *.sqlite *.db);;All files (*)</source>
        <translation>Consultorio de Clearpost (*.clearpost *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Enter your practice&apos;s name.</source>
        <translation>Escriba el nombre de su consultorio.</translation>
    </message>
    <message>
        <source>Pick a time zone from the list, e.g. America/Chicago.</source>
        <translation>Elija una zona horaria de la lista, p. ej., America/Chicago.</translation>
    </message>
</context>
</TS>
