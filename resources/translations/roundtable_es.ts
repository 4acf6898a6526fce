<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>PersonColumns</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no agenda templates in this file.</source>
        <translation>No hay plantillas de agenda en este archivo.</translation>
    </message>
    <message>
        <source>There is no agenda template “%1”. Name one of: %2.</source>
        <translation>No existe la plantilla de agenda “%1”. Indique una de: %2.</translation>
    </message>
    <message>
        <source>No agenda yet. Build one on the Agenda tab, or start from a template: agenda --workshop %1 --template NAME (agenda --templates lists them).</source>
        <translation>Todavía no hay agenda. Cree una en la pestaña Agenda o empiece con una plantilla: agenda --workshop %1 --template NAME (agenda --templates las enumera).</translation>
    </message>
    <message>
        <source>  Nothing planned for this day yet.</source>
        <translation>  Todavía no hay nada planificado para este día.</translation>
    </message>
    <message>
        <source>(fixed at %1)</source>
        <translation>(fijo a las %1)</translation>
    </message>
    <message>
        <source>  Warning: %1</source>
        <translation>  Advertencia: %1</translation>
    </message>
    <message>
        <source>--templates lists the agenda templates and takes no other option.</source>
        <translation>--templates enumera las plantillas de agenda y no admite ninguna otra opción.</translation>
    </message>
    <message>
        <source>Give --template or --copy-from, not both.</source>
        <translation>Indique --template o --copy-from, no ambas.</translation>
    </message>
    <message>
        <source>--day is for printing the agenda; a template or a copy replaces every day.</source>
        <translation>--day sirve para imprimir la agenda; una plantilla o una copia reemplaza todos los días.</translation>
    </message>
    <message>
        <source>--day takes a day of the workshop: 1, 2…</source>
        <translation>--day admite un día del taller: 1, 2…</translation>
    </message>
    <message numerus="yes">
        <source>“%1” now has %n agenda item(s).</source>
        <translation>
            <numerusform>“%1” ahora tiene %n punto de agenda.</numerusform>
            <numerusform>“%1” ahora tiene %n puntos de agenda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has no day %2; it has %n day(s).</source>
        <translation>
            <numerusform>“%1” no tiene día %2; tiene %n día.</numerusform>
            <numerusform>“%1” no tiene día %2; tiene %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a workshop&apos;s timed agenda, or start it from a template or another workshop&apos;s agenda.</source>
        <translation>Imprimir la agenda con horarios de un taller, o crearla a partir de una plantilla o de la agenda de otro taller.</translation>
    </message>
    <message>
        <source>List the agenda templates.</source>
        <translation>Enumerar las plantillas de agenda.</translation>
    </message>
    <message>
        <source>Give --template T (the number “assessments” lists, or the name).</source>
        <translation>Indique --template T (el número que muestra “assessments”, o el nombre).</translation>
    </message>
    <message>
        <source>%1 (pillar %2)</source>
        <translation>%1 (pilar %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s), scored 1 (strongly disagree) to 5 (strongly agree).</source>
        <translation>
            <numerusform>%n enunciado, puntuado de 1 (totalmente en desacuerdo) a 5 (totalmente de acuerdo).</numerusform>
            <numerusform>%n enunciados, puntuados de 1 (totalmente en desacuerdo) a 5 (totalmente de acuerdo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n enunciado</numerusform>
            <numerusform>%n enunciados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n evaluación</numerusform>
            <numerusform>%n evaluaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Give --phase before or --phase after.</source>
        <translation>Indique --phase before o --phase after.</translation>
    </message>
    <message>
        <source>Give --scores with one score per statement, in order, separated by commas (- for none).</source>
        <translation>Indique --scores con una puntuación por enunciado, en orden, separadas por comas (- si no hay).</translation>
    </message>
    <message numerus="yes">
        <source>--scores has %1 values, but “%2” has %n statement(s): give one score per statement, in order (- for none).</source>
        <translation>
            <numerusform>--scores tiene %1 valores, pero “%2” tiene %n enunciado: indique una puntuación por enunciado, en orden (- si no hay).</numerusform>
            <numerusform>--scores tiene %1 valores, pero “%2” tiene %n enunciados: indique una puntuación por enunciado, en orden (- si no hay).</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores run from %1 to %2; statement %3 has “%4”.</source>
        <translation>Las puntuaciones van de %1 a %2; el enunciado %3 tiene “%4”.</translation>
    </message>
    <message>
        <source>--comment takes N=TEXT, where N is a statement&apos;s number from 1 to %1.</source>
        <translation>--comment admite N=TEXT, donde N es el número de un enunciado del 1 al %1.</translation>
    </message>
    <message>
        <source>Saved %1&apos;s answers to “%2” (before): %3 of %4 statements scored.</source>
        <translation>Se guardaron las respuestas de %1 a “%2” (antes): %3 de %4 enunciados puntuados.</translation>
    </message>
    <message>
        <source>Saved %1&apos;s answers to “%2” (after): %3 of %4 statements scored.</source>
        <translation>Se guardaron las respuestas de %1 a “%2” (después): %3 de %4 enunciados puntuados.</translation>
    </message>
    <message>
        <source>All participants, mean scores (change = after − before)</source>
        <translation>Todos los participantes, puntuaciones medias (cambio = después − antes)</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Administradores</translation>
    </message>
    <message>
        <source>Chiefs</source>
        <translation>Jefes</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>before %1  after %2  change %3</source>
        <translation>antes %1  después %2  cambio %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Team %1 · managers: %2 · chiefs: %3</source>
        <translation>Equipo %1 · administradores: %2 · jefes: %3</translation>
    </message>
    <message>
        <source>manager %1  chief %2  gap %3</source>
        <translation>administrador %1  jefe %2  brecha %3</translation>
    </message>
    <message>
        <source>Mean gap, either way: before %1, after %2</source>
        <translation>Brecha media, en cualquier sentido: antes %1, después %2</translation>
    </message>
    <message>
        <source>Team %1 is not one of the teams of “%2”; “teams --workshop %3” lists them.</source>
        <translation>El equipo %1 no es uno de los equipos de “%2”; “teams --workshop %3” los enumera.</translation>
    </message>
    <message>
        <source>“%1” in “%2”</source>
        <translation>“%1” en “%2”</translation>
    </message>
    <message>
        <source>Participants who scored at least one statement: %1 before, %2 after.</source>
        <translation>Participantes que puntuaron al menos un enunciado: %1 antes, %2 después.</translation>
    </message>
    <message>
        <source>List the assessments, or show one assessment&apos;s statements.</source>
        <translation>Enumerar las evaluaciones o mostrar los enunciados de una evaluación.</translation>
    </message>
    <message>
        <source>Save a participant&apos;s answers to an assessment, before or after the workshop.</source>
        <translation>Guardar las respuestas de un participante a una evaluación, antes o después del taller.</translation>
    </message>
    <message>
        <source>Assessment results: everyone&apos;s means by role before and after, and one team&apos;s manager and chief side by side.</source>
        <translation>Resultados de las evaluaciones: medias de todos por rol antes y después, y el administrador y el jefe de un equipo lado a lado.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Mostrar JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>There is no block “%1” in this workshop. Name one of: %2 (or give its number, as “blocks” lists it).</source>
        <translation>No existe el bloque “%1” en este taller. Indique uno de: %2 (o su número, tal como lo muestra “blocks”).</translation>
    </message>
    <message>
        <source>“%1” has no attendance blocks, so there is nothing to check in to. Give it its mornings and afternoons first.</source>
        <translation>“%1” no tiene bloques de asistencia, así que no hay nada en qué registrar la llegada. Primero asígnele sus mañanas y tardes.</translation>
    </message>
    <message>
        <source>%1 offered · %2 needed for a certificate</source>
        <translation>%1 ofrecidas · %2 necesarias para un certificado</translation>
    </message>
    <message>
        <source>--status: say present, late, left-early, excused, absent or clear, not “%1”.</source>
        <translation>--status: indique present, late, left-early, excused, absent o clear, no “%1”.</translation>
    </message>
    <message>
        <source>--time goes with --status late or left-early: the time they came or went.</source>
        <translation>--time va con --status late o left-early: la hora en que llegó o se fue.</translation>
    </message>
    <message>
        <source>--time: give the time as HH:MM, such as 09:10, not “%1”.</source>
        <translation>--time: indique la hora como HH:MM, por ejemplo 09:10, no “%1”.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>P present · L late · E left early · X excused · A absent · - not marked</source>
        <translation>P presente · L tarde · E salió temprano · X justificado · A ausente · - sin marcar</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>%1: %2 attended, %3 not yet marked</source>
        <translation>%1: %2 asistieron, %3 aún sin marcar</translation>
    </message>
    <message>
        <source>Qualify for a certificate: %1 of %2</source>
        <translation>Califican para un certificado: %1 de %2</translation>
    </message>
    <message>
        <source>List a workshop&apos;s attendance blocks and their credit hours.</source>
        <translation>Enumerar los bloques de asistencia de un taller y sus horas de crédito.</translation>
    </message>
    <message>
        <source>Check someone in to a block, or mark them late, excused, absent…</source>
        <translation>Registrar la llegada de alguien a un bloque, o marcarlo como tarde, justificado, ausente…</translation>
    </message>
    <message>
        <source>Show a workshop&apos;s attendance, hours and who earns a certificate.</source>
        <translation>Mostrar la asistencia de un taller, las horas y quién obtiene un certificado.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3, verified).</source>
        <translation>Se hizo una copia de seguridad de %1 en %2 (%3, verificada).</translation>
    </message>
    <message>
        <source>Backups of %1 in %2:</source>
        <translation>Copias de seguridad de %1 en %2:</translation>
    </message>
    <message>
        <source>  none yet</source>
        <translation>  ninguna todavía</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>damaged, kept as found</source>
        <translation>dañada, se conserva tal como se encontró</translation>
    </message>
    <message>
        <source>NOT A ROUNDTABLE FILE</source>
        <translation>NO ES UN ARCHIVO DE ROUNDTABLE</translation>
    </message>
    <message>
        <source>Say which backup: roundtable-cli --database FILE restore BACKUP (a path, or a name “backups” lists).</source>
        <translation>Indique qué copia de seguridad: roundtable-cli --database FILE restore BACKUP (una ruta, o un nombre de los que enumera “backups”).</translation>
    </message>
    <message>
        <source>There is no backup “%1”. “roundtable-cli --database FILE backups” lists them.</source>
        <translation>No existe la copia de seguridad “%1”. “roundtable-cli --database FILE backups” las enumera.</translation>
    </message>
    <message>
        <source>The backup was restored, but the file does not open: %1</source>
        <translation>Se restauró la copia de seguridad, pero el archivo no se abre: %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Se restauró %1 a partir de %2.</translation>
    </message>
    <message>
        <source>The state before the restore was backed up to %1.</source>
        <translation>Se hizo una copia de seguridad del estado anterior a la restauración en %1.</translation>
    </message>
    <message>
        <source>Make a verified backup of the file now (into its backup folder, or --to PATH).</source>
        <translation>Hacer ahora una copia de seguridad verificada del archivo (en su carpeta de copias de seguridad, o --to PATH).</translation>
    </message>
    <message>
        <source>List the file&apos;s backups, newest first.</source>
        <translation>Enumerar las copias de seguridad del archivo, de la más reciente a la más antigua.</translation>
    </message>
    <message>
        <source>Replace the file with a backup (the current state is backed up first).</source>
        <translation>Reemplazar el archivo con una copia de seguridad (primero se hace una copia de seguridad del estado actual).</translation>
    </message>
    <message>
        <source>Give --%1 ID (the number “info” shows, or the UUID).</source>
        <translation>Indique --%1 ID (el número que muestra “info”, o el UUID).</translation>
    </message>
    <message>
        <source>
--server URL works on a Roundtable server (PostgreSQL) instead of a file, for every command that takes
--database: postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=require|verify-full|...].
The password comes from, in order: --password-stdin (the first line of standard input, for scripts);
libpq&apos;s PGPASSWORD or ~/.pgpass; or, at a terminal, a prompt that does not echo. A password written
in the URL (postgresql://USER:PASSWORD@HOST/DATABASE) works, but is discouraged: other users of the
computer can see a command line, and shells keep it in their history.
Exit codes: 0 done; 1 a problem (the message says which); 2 a usage mistake; 3 the server could not be
reached or used; 4 the server refused the password or needs one.
</source>
        <translation>
--server URL trabaja con un servidor de Roundtable (PostgreSQL) en lugar de un archivo, en cada comando que admite
--database: postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=require|verify-full|...].
La contraseña se obtiene, en este orden, de: --password-stdin (la primera línea de la entrada estándar, para scripts);
PGPASSWORD de libpq o ~/.pgpass; o, en una terminal, una solicitud que no muestra lo que se escribe. Una contraseña escrita
en la URL (postgresql://USER:PASSWORD@HOST/DATABASE) funciona, pero no se recomienda: otros usuarios de la
computadora pueden ver una línea de comandos, y los shells la guardan en su historial.
Códigos de salida: 0 terminado; 1 un problema (el mensaje indica cuál); 2 un error de uso; 3 no se pudo conectar
con el servidor o usarlo; 4 el servidor rechazó la contraseña o necesita una.
</translation>
    </message>
    <message>
        <source>Usage: roundtable-cli --database FILE COMMAND [options]
       roundtable-cli --server URL COMMAND [options]

Commands:
</source>
        <translation>Uso: roundtable-cli --database FILE COMMAND [options]
     roundtable-cli --server URL COMMAND [options]

Comandos:
</translation>
    </message>
    <message>
        <source>
Run roundtable-cli COMMAND --help for a command&apos;s options.
</source>
        <translation>
Ejecute roundtable-cli COMMAND --help para ver las opciones de un comando.
</translation>
    </message>
    <message>
        <source>--author NAME records changes under that name in the history (default: the account name).
</source>
        <translation>--author NAME registra los cambios con ese nombre en el historial (predeterminado: el nombre de la cuenta).
</translation>
    </message>
    <message>
        <source>The Roundtable file to work on.</source>
        <translation>El archivo de Roundtable con el que se trabajará.</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Mostrar la ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Roundtable on the command line.</source>
        <translation>Roundtable en la línea de comandos.</translation>
    </message>
    <message>
        <source>Your name for the change history.</source>
        <translation>Su nombre para el historial de cambios.</translation>
    </message>
    <message>
        <source>The Roundtable server to work on instead of a file (see --help).</source>
        <translation>El servidor de Roundtable con el que se trabajará en lugar de un archivo (consulte --help).</translation>
    </message>
    <message>
        <source>Read the server&apos;s password from the first line of standard input.</source>
        <translation>Leer la contraseña del servidor de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Qué hacer.</translation>
    </message>
    <message>
        <source>There is no command “%1”.

</source>
        <translation>No existe el comando “%1”.

</translation>
    </message>
    <message>
        <source>
This command works on a file only, not with --server.
</source>
        <translation>
Este comando solo funciona con un archivo, no con --server.
</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argumento inesperado “%1”.</translation>
    </message>
    <message>
        <source>Give either --database FILE or --server URL, not both.</source>
        <translation>Indique --database FILE o --server URL, no ambos.</translation>
    </message>
    <message>
        <source>Say which file to use: roundtable-cli --database FILE %1 (or --server URL for a server)</source>
        <translation>Indique qué archivo usar: roundtable-cli --database FILE %1 (o --server URL para un servidor)</translation>
    </message>
    <message>
        <source>“%1” works on a file only: a server keeps its data itself, and its backups are made by whoever runs it. Use --database FILE, or “offline” to copy a workshop into a file.</source>
        <translation>“%1” solo funciona con un archivo: un servidor guarda sus propios datos, y sus copias de seguridad las hace quien lo administra. Use --database FILE, u “offline” para copiar un taller a un archivo.</translation>
    </message>
    <message>
        <source>Pairs meeting again: %1; role imbalance: %2; size spread: %3; partners together: %4; teams split: %5</source>
        <translation>Parejas que se repiten: %1; desequilibrio de roles: %2; diferencia de tamaños: %3; compañeros juntos: %4; equipos separados: %5</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, %2 or more.</source>
        <translation>--%1 admite un número entero, %2 o más.</translation>
    </message>
    <message>
        <source>Round %1 · %2 · %3</source>
        <translation>Ronda %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation>Grupo %1: %2</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed admite un número entero.</translation>
    </message>
    <message>
        <source>Saved the groups for seed %1.</source>
        <translation>Se guardaron los grupos de la semilla %1.</translation>
    </message>
    <message>
        <source>Not saved. Add --apply to use these groups.</source>
        <translation>No se guardó. Agregue --apply para usar estos grupos.</translation>
    </message>
    <message>
        <source>--mode is teams, mixed, by-role or manual.</source>
        <translation>--mode es teams, mixed, by-role o manual.</translation>
    </message>
    <message>
        <source>Give --groups or --size, not both.</source>
        <translation>Indique --groups o --size, no ambos.</translation>
    </message>
    <message>
        <source>Added round %1 (%2 groups).</source>
        <translation>Se agregó la ronda %1 (%2 grupos).</translation>
    </message>
    <message>
        <source>Give --round N to see a round&apos;s groups, or --new to add a round.</source>
        <translation>Indique --round N para ver los grupos de una ronda, o --new para agregar una ronda.</translation>
    </message>
    <message>
        <source>--mode, --groups, --size and --prompt are for --new.</source>
        <translation>--mode, --groups, --size y --prompt son para --new.</translation>
    </message>
    <message>
        <source>--seed and --apply are for --round.</source>
        <translation>--seed y --apply son para --round.</translation>
    </message>
    <message>
        <source>--apply saves the groups of a --seed.</source>
        <translation>--apply guarda los grupos de una --seed.</translation>
    </message>
    <message>
        <source>Show a discussion round&apos;s groups and their quality, try another seed, or add a round.</source>
        <translation>Mostrar los grupos de una ronda de discusión y su calidad, probar otra semilla o agregar una ronda.</translation>
    </message>
    <message>
        <source>With --seed: save those groups.</source>
        <translation>Con --seed: guardar esos grupos.</translation>
    </message>
    <message>
        <source>Add a round, placed by the solver.</source>
        <translation>Agregar una ronda, distribuida por el asignador automático.</translation>
    </message>
    <message>
        <source>sign-in sheets for every block; people: %1</source>
        <translation>hojas de firmas de todos los bloques; personas: %1</translation>
    </message>
    <message>
        <source>sign-in sheet for %1; people: %2</source>
        <translation>hoja de firmas de %1; personas: %2</translation>
    </message>
    <message>
        <source>attendance record; people: %1</source>
        <translation>registro de asistencia; personas: %1</translation>
    </message>
    <message>
        <source>certificates: %1</source>
        <translation>certificados: %1</translation>
    </message>
    <message>
        <source>name tents: %1</source>
        <translation>tarjetas de nombre: %1</translation>
    </message>
    <message>
        <source>badges: %1</source>
        <translation>gafetes: %1</translation>
    </message>
    <message>
        <source>export ics takes only --workshop and --out, not --%1.</source>
        <translation>export ics solo admite --workshop y --out, no --%1.</translation>
    </message>
    <message>
        <source>export agenda does not take --%1.</source>
        <translation>export agenda no admite --%1.</translation>
    </message>
    <message>
        <source>Wrote %1 (calendar; events: %2).</source>
        <translation>Se escribió %1 (calendario; eventos: %2).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2; items: %3; pages: %4).</source>
        <translation>Se escribió %1 (%2; puntos: %3; páginas: %4).</translation>
    </message>
    <message>
        <source>agenda for facilitators</source>
        <translation>agenda para facilitadores</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>agenda</translation>
    </message>
    <message>
        <source>Wrote %1 (%2; rounds: %3; pages: %4).</source>
        <translation>Se escribió %1 (%2; rondas: %3; páginas: %4).</translation>
    </message>
    <message>
        <source>group lists</source>
        <translation>listas de grupos</translation>
    </message>
    <message>
        <source>discussion summary</source>
        <translation>resumen de la discusión</translation>
    </message>
    <message>
        <source>Wrote %1 (outcome report; assessments: %2; pages: %3).</source>
        <translation>Se escribió %1 (informe de resultados; evaluaciones: %2; páginas: %3).</translation>
    </message>
    <message>
        <source>Wrote %1 (action plans; teams: %2; items: %3; pages: %4).</source>
        <translation>Se escribió %1 (planes de acción; equipos: %2; acciones: %3; páginas: %4).</translation>
    </message>
    <message>
        <source>Say what to export: %1.</source>
        <translation>Indique qué exportar: %1.</translation>
    </message>
    <message>
        <source>There is no export “%1”. Choose one of: %2.</source>
        <translation>No existe la exportación “%1”. Elija una de: %2.</translation>
    </message>
    <message>
        <source>Say where to write it: --out FILE.</source>
        <translation>Indique dónde escribirlo: --out FILE.</translation>
    </message>
    <message>
        <source>--team is for action plans (export actionplans).</source>
        <translation>--team es para los planes de acción (export actionplans).</translation>
    </message>
    <message>
        <source>export %1 does not take --%2.</source>
        <translation>export %1 no admite --%2.</translation>
    </message>
    <message>
        <source>--facilitator is for the agenda (export agenda).</source>
        <translation>--facilitator es para la agenda (export agenda).</translation>
    </message>
    <message>
        <source>--block, --by-team and --blank-rows are for sign-in sheets (export signin).</source>
        <translation>--block, --by-team y --blank-rows son para las hojas de firmas (export signin).</translation>
    </message>
    <message>
        <source>--format is pdf, csv or xlsx.</source>
        <translation>--format es pdf, csv o xlsx.</translation>
    </message>
    <message>
        <source>Only export attendance takes --format; the others are PDF.</source>
        <translation>Solo export attendance admite --format; las demás son PDF.</translation>
    </message>
    <message>
        <source>--page is letter or a4.</source>
        <translation>--page es letter o a4.</translation>
    </message>
    <message>
        <source>--blank-rows takes a number, 0 or more.</source>
        <translation>--blank-rows admite un número, 0 o más.</translation>
    </message>
    <message>
        <source>“%1” has no block “%2”. Its blocks: %3.</source>
        <translation>“%1” no tiene el bloque “%2”. Sus bloques: %3.</translation>
    </message>
    <message>
        <source>Wrote %1 (attendance of %2 people; %3).</source>
        <translation>Se escribió %1 (asistencia de %2 personas; %3).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2; pages: %3).</source>
        <translation>Se escribió %1 (%2; páginas: %3).</translation>
    </message>
    <message>
        <source>Print a workshop&apos;s sign-in sheets, attendance record, certificates, name tents, badges, agenda, discussion summary, group lists, action plans or outcome report to a PDF, or its agenda to a calendar file.</source>
        <translation>Imprimir en un PDF las hojas de firmas, el registro de asistencia, los certificados, las tarjetas de nombre, los gafetes, la agenda, el resumen de la discusión, las listas de grupos, los planes de acción o el informe de resultados de un taller, o su agenda en un archivo de calendario.</translation>
    </message>
    <message>
        <source>signin: group people by team, people without a team last.</source>
        <translation>signin: agrupar a las personas por equipo, con las personas sin equipo al final.</translation>
    </message>
    <message>
        <source>agenda: the facilitators&apos; version, with lengths, notes and what does not fit.</source>
        <translation>agenda: la versión para facilitadores, con duraciones, notas y lo que no cabe.</translation>
    </message>
    <message>
        <source>no venue</source>
        <translation>sin sede</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n workshop(s)</source>
        <translation>
            <numerusform>%1: %n taller</numerusform>
            <numerusform>%1: %n talleres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 registered of %2 places · %3 waitlisted · %4 cancelled · %5 teams</source>
        <translation>%1 registrados de %2 plazas · %3 en lista de espera · %4 cancelados · %5 equipos</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Se encontró %n problema.</numerusform>
            <numerusform>Se encontraron %n problemas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>check: %n problem(s) in %1</source>
        <translation>
            <numerusform>check: %n problema en %1</numerusform>
            <numerusform>check: %n problemas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the demo workshops to %1</source>
        <translation>Se escribieron los talleres de demostración en %1</translation>
    </message>
    <message>
        <source>Fee quote for %1</source>
        <translation>Cotización de tarifas para %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total so far</source>
        <translation>Total hasta ahora</translation>
    </message>
    <message>
        <source>no practice groups</source>
        <translation>sin grupos de práctica</translation>
    </message>
    <message>
        <source>practice groups %1</source>
        <translation>grupos de práctica %1</translation>
    </message>
    <message>
        <source>Give --start as a date like 2027-03-09.</source>
        <translation>Indique --start como una fecha, por ejemplo 2027-03-09.</translation>
    </message>
    <message>
        <source>--half-days and --capacity take whole numbers.</source>
        <translation>--half-days y --capacity admiten números enteros.</translation>
    </message>
    <message>
        <source>Created workshop %1: %2</source>
        <translation>Se creó el taller %1: %2</translation>
    </message>
    <message>
        <source>List the workshops in the file with their dates and counts.</source>
        <translation>Enumerar los talleres del archivo con sus fechas y cifras.</translation>
    </message>
    <message>
        <source>Check the file&apos;s integrity and schema; exits non-zero on any problem.</source>
        <translation>Comprobar la integridad y el esquema del archivo; termina con un código distinto de cero ante cualquier problema.</translation>
    </message>
    <message>
        <source>Write the demo workshops to the file (an earlier demo file is replaced).</source>
        <translation>Escribir los talleres de demostración en el archivo (se reemplaza un archivo de demostración anterior).</translation>
    </message>
    <message>
        <source>Print the fee quote for a workshop.</source>
        <translation>Imprimir la cotización de tarifas de un taller.</translation>
    </message>
    <message>
        <source>List the program catalog.</source>
        <translation>Enumerar el catálogo de programas.</translation>
    </message>
    <message>
        <source>Create a workshop.</source>
        <translation>Crear un taller.</translation>
    </message>
    <message>
        <source>The host state has no affiliation agreement.</source>
        <translation>El estado anfitrión no tiene un acuerdo de afiliación.</translation>
    </message>
    <message>
        <source>Give either --workshop ID or --person ID (a number or a UUID).</source>
        <translation>Indique --workshop ID o --person ID (un número o un UUID).</translation>
    </message>
    <message>
        <source>--limit takes a number of changes (0 for all).</source>
        <translation>--limit admite un número de cambios (0 para todos).</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s)</source>
        <translation>
            <numerusform>… y %n fila más</numerusform>
            <numerusform>… y %n filas más</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>No hay cambios registrados.</translation>
    </message>
    <message>
        <source>%1 of %2 changes, newest first.</source>
        <translation>%1 de %2 cambios, del más reciente al más antiguo.</translation>
    </message>
    <message>
        <source>The change history of a workshop or a person, newest first.</source>
        <translation>El historial de cambios de un taller o de una persona, del más reciente al más antiguo.</translation>
    </message>
    <message>
        <source>--map “%1”: write it as &quot;COLUMN=FIELD&quot;, for example &quot;Surname=last_name&quot;.</source>
        <translation>--map “%1”: escríbalo como &quot;COLUMN=FIELD&quot;, por ejemplo &quot;Surname=last_name&quot;.</translation>
    </message>
    <message>
        <source>--map “%1”: “%2” is not a field. Fields: %3.</source>
        <translation>--map “%1”: “%2” no es un campo. Campos: %3.</translation>
    </message>
    <message>
        <source>--map “%1”: the file has no column “%2”. Its columns: %3.</source>
        <translation>--map “%1”: el archivo no tiene la columna “%2”. Sus columnas: %3.</translation>
    </message>
    <message>
        <source>%1, delimiter “%2”</source>
        <translation>%1, delimitador “%2”</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulación</translation>
    </message>
    <message>
        <source>%1 (%2), into “%3”</source>
        <translation>%1 (%2), en “%3”</translation>
    </message>
    <message>
        <source>Likely duplicates:</source>
        <translation>Posibles duplicados:</translation>
    </message>
    <message>
        <source>%1 is already in the file as person %2 (%3)</source>
        <translation>%1 ya está en el archivo como la persona %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is the same person as line %2 (%3)</source>
        <translation>%1 es la misma persona que la línea %2 (%3)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>added as a new person</source>
        <translation>agregado como persona nueva</translation>
    </message>
    <message>
        <source>the person in the file is enrolled</source>
        <translation>se inscribe a la persona que está en el archivo</translation>
    </message>
    <message>
        <source>  line %1: %2: %3</source>
        <translation>  línea %1: %2: %3</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Omitidos:</translation>
    </message>
    <message>
        <source>Write: roundtable-cli --database FILE import roster --workshop ID EXPORT.csv</source>
        <translation>Escriba: roundtable-cli --database FILE import roster --workshop ID EXPORT.csv</translation>
    </message>
    <message>
        <source>On the command line, name the column with --map &quot;COLUMN=FIELD&quot; (fields: %1). The file&apos;s columns: %2.</source>
        <translation>En la línea de comandos, indique la columna con --map &quot;COLUMN=FIELD&quot; (campos: %1). Las columnas del archivo: %2.</translation>
    </message>
    <message>
        <source>--duplicates: say enroll, add or skip.</source>
        <translation>--duplicates: indique enroll, add o skip.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulación: no se escribió nada.</translation>
    </message>
    <message>
        <source>Imported: %1 people added and %2 already in the file enrolled, in one step (undo reverses all of it).</source>
        <translation>Importación: se agregaron %1 personas y se inscribieron %2 que ya estaban en el archivo, en un solo paso (deshacer lo revierte todo).</translation>
    </message>
    <message>
        <source>Import a registration list (CSV or XLSX) into a workshop&apos;s roster</source>
        <translation>Importar una lista de registro (CSV o XLSX) a la lista de participantes de un taller</translation>
    </message>
    <message>
        <source>Show what would be imported; write nothing.</source>
        <translation>Mostrar lo que se importaría; no escribir nada.</translation>
    </message>
    <message>
        <source>Print the plan or report as JSON.</source>
        <translation>Mostrar el plan o el informe como JSON.</translation>
    </message>
    <message>
        <source>Give the two files: roundtable-cli merge A B --out C</source>
        <translation>Indique los dos archivos: roundtable-cli merge A B --out C</translation>
    </message>
    <message>
        <source>Say where the merged file goes: --out C (or --dry-run to see the report only).</source>
        <translation>Indique dónde va el archivo combinado: --out C (o --dry-run para ver solo el informe).</translation>
    </message>
    <message>
        <source>The merged file is “%1”.</source>
        <translation>El archivo combinado es “%1”.</translation>
    </message>
    <message>
        <source>Merge two copies of one file, changed apart on two laptops, into a new file (--out)</source>
        <translation>Combinar dos copias de un mismo archivo, modificadas por separado en dos laptops, en un archivo nuevo (--out)</translation>
    </message>
    <message>
        <source>Replace C if it exists.</source>
        <translation>Reemplazar C si existe.</translation>
    </message>
    <message>
        <source>Print the report only; write nothing.</source>
        <translation>Mostrar solo el informe; no escribir nada.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Mostrar el informe como JSON.</translation>
    </message>
    <message>
        <source>Say where the workshop&apos;s file goes: --out FILE</source>
        <translation>Indique dónde va el archivo del taller: --out FILE</translation>
    </message>
    <message numerus="yes">
        <source>Took “%1” offline into %2 (%n record(s), with their history).</source>
        <translation>
            <numerusform>Se copió “%1” para trabajar sin conexión en %2 (%n registro, con su historial).</numerusform>
            <numerusform>Se copió “%1” para trabajar sin conexión en %2 (%n registros, con su historial).</numerusform>
        </translation>
    </message>
    <message>
        <source>Work in it with --database; bring the changes back with: roundtable-cli %1 merge-in %2</source>
        <translation>Trabaje en él con --database; reincorpore los cambios con: roundtable-cli %1 merge-in %2</translation>
    </message>
    <message>
        <source>Name the file to merge in: roundtable-cli --server URL merge-in FILE</source>
        <translation>Indique el archivo que se combinará: roundtable-cli --server URL merge-in FILE</translation>
    </message>
    <message>
        <source>Copy one workshop, with everything that belongs to it, into a new file for a venue without network</source>
        <translation>Copiar un taller, con todo lo que le pertenece, a un archivo nuevo para una sede sin red</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Reemplazar FILE si existe.</translation>
    </message>
    <message>
        <source>Merge a file (a workshop taken offline, or another copy) into this database, with the conflict report</source>
        <translation>Combinar un archivo (un taller copiado para trabajar sin conexión, u otra copia) con esta base de datos, con el informe de conflictos</translation>
    </message>
    <message>
        <source>Print the report only; change nothing.</source>
        <translation>Mostrar solo el informe; no cambiar nada.</translation>
    </message>
    <message>
        <source>Workload worksheet: %1</source>
        <translation>Hoja de carga de trabajo: %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>aún no se sabe</translation>
    </message>
    <message>
        <source>Officers per 1,000 residents</source>
        <translation>Agentes por cada 1,000 habitantes</translation>
    </message>
    <message>
        <source>Share of sworn officers on patrol (Rule of 60: about 60%)</source>
        <translation>Proporción de agentes juramentados en patrullaje (Regla de 60: alrededor del 60%)</translation>
    </message>
    <message>
        <source>Patrol saturation index (Rule of 60: no more than 60%)</source>
        <translation>Índice de saturación del patrullaje (Regla de 60: no más del 60%)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>%1. %2 [%3] (item %4)</source>
        <translation>%1. %2 [%3] (acción %4)</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Fecha límite: %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Practice group %1</source>
        <translation>Grupo de práctica %1</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Medida de éxito</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>%1 (team %2)</source>
        <translation>%1 (equipo %2)</translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation>Todavía no hay acciones.</translation>
    </message>
    <message>
        <source>--owner: nobody on the %1 team is called “%2”.</source>
        <translation>--owner: nadie del equipo de %1 se llama “%2”.</translation>
    </message>
    <message>
        <source>--status is not-started, in-progress, done or blocked.</source>
        <translation>--status es not-started, in-progress, done o blocked.</translation>
    </message>
    <message>
        <source>--due takes 30, 60 or 90 (days after the workshop) or a date as YYYY-MM-DD.</source>
        <translation>--due admite 30, 60 o 90 (días después del taller) o una fecha como YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--pillar takes a number from 1 to 6 or a pillar&apos;s name.</source>
        <translation>--pillar admite un número del 1 al 6 o el nombre de un pilar.</translation>
    </message>
    <message>
        <source>--practice-group takes the group&apos;s number, such as 7.</source>
        <translation>--practice-group admite el número del grupo, por ejemplo 7.</translation>
    </message>
    <message>
        <source>There is no practice group %1 in this file.</source>
        <translation>No existe el grupo de práctica %1 en este archivo.</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD.</source>
        <translation>--date admite una fecha como YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Give one of --workshop ID, --team ID or --item ID.</source>
        <translation>Indique una de estas opciones: --workshop ID, --team ID o --item ID.</translation>
    </message>
    <message>
        <source>Give one of --add, --from-parking-lot or --from-gap.</source>
        <translation>Indique una de estas opciones: --add, --from-parking-lot o --from-gap.</translation>
    </message>
    <message>
        <source>--add, --from-parking-lot and --from-gap need --team ID.</source>
        <translation>--add, --from-parking-lot y --from-gap necesitan --team ID.</translation>
    </message>
    <message>
        <source>--%1 is for --add.</source>
        <translation>--%1 es para --add.</translation>
    </message>
    <message>
        <source>--add needs --goal TEXT.</source>
        <translation>--add necesita --goal TEXT.</translation>
    </message>
    <message>
        <source>--remove, --note and --date are for --item ID.</source>
        <translation>--remove, --note y --date son para --item ID.</translation>
    </message>
    <message>
        <source>--status is for --item ID (a follow-up update) or --add.</source>
        <translation>--status es para --item ID (una nota de avance) o --add.</translation>
    </message>
    <message>
        <source>--note and --date go with --status S.</source>
        <translation>--note y --date van con --status S.</translation>
    </message>
    <message>
        <source>Give --status or --remove, not both.</source>
        <translation>Indique --status o --remove, no ambas.</translation>
    </message>
    <message>
        <source>This workshop has no teams yet.</source>
        <translation>Este taller todavía no tiene equipos.</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Vencido hace %n día</numerusform>
            <numerusform>Vencido hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>Falta %n día</numerusform>
            <numerusform>Faltan %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Acciones: %1</translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <translation>vencidas: %1</translation>
    </message>
    <message>
        <source>due within %1 days: %2</source>
        <translation>vencen en %1 días: %2</translation>
    </message>
    <message>
        <source>--due-within takes a number of days, 0 or more.</source>
        <translation>--due-within admite un número de días, 0 o más.</translation>
    </message>
    <message>
        <source>No action items match.</source>
        <translation>Ninguna acción coincide.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>acción %1</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Último avance</translation>
    </message>
    <message>
        <source>The team&apos;s number, as “teams” lists it, or its UUID.</source>
        <translation>El número del equipo, tal como lo muestra “teams”, o su UUID.</translation>
    </message>
    <message>
        <source>%1 An empty value (&quot;&quot;) clears it.</source>
        <translation>%1 Un valor vacío (&quot;&quot;) lo borra.</translation>
    </message>
    <message>
        <source>Notes on the figures (their source, their year).</source>
        <translation>Notas sobre las cifras (su fuente, su año).</translation>
    </message>
    <message>
        <source>not-started, in-progress, done or blocked</source>
        <translation>not-started, in-progress, done o blocked</translation>
    </message>
    <message>
        <source>Show a team&apos;s workload worksheet (Rule of 60), or save figures into it.</source>
        <translation>Mostrar la hoja de carga de trabajo de un equipo (Regla de 60) o guardar cifras en ella.</translation>
    </message>
    <message>
        <source>List action plans, add items (also from the parking lot or an assessment gap), record follow-up updates.</source>
        <translation>Enumerar los planes de acción, agregar acciones (también desde temas pendientes o desde una brecha de evaluación) y registrar notas de avance.</translation>
    </message>
    <message>
        <source>List every team&apos;s plan in this workshop.</source>
        <translation>Enumerar el plan de cada equipo de este taller.</translation>
    </message>
    <message>
        <source>The team whose plan to list or add to.</source>
        <translation>El equipo cuyo plan se enumerará o al que se agregará.</translation>
    </message>
    <message>
        <source>One action item: show it, record an update (--status) or --remove it.</source>
        <translation>Una acción: mostrarla, registrar una nota de avance (--status) o eliminarla con --remove.</translation>
    </message>
    <message>
        <source>With --team: add an item (needs --goal).</source>
        <translation>Con --team: agregar una acción (necesita --goal).</translation>
    </message>
    <message>
        <source>With --add: what the team means to achieve.</source>
        <translation>Con --add: lo que el equipo se propone lograr.</translation>
    </message>
    <message>
        <source>With --add: the steps to get there.</source>
        <translation>Con --add: los pasos para lograrlo.</translation>
    </message>
    <message>
        <source>With --add: a team member, by name, number or UUID.</source>
        <translation>Con --add: un miembro del equipo, por nombre, número o UUID.</translation>
    </message>
    <message>
        <source>With --add: 30, 60 or 90 (days after the workshop) or YYYY-MM-DD.</source>
        <translation>Con --add: 30, 60 o 90 (días después del taller) o YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>With --add or --item: %1.</source>
        <translation>Con --add o --item: %1.</translation>
    </message>
    <message>
        <source>With --add: the measure of success.</source>
        <translation>Con --add: la medida de éxito.</translation>
    </message>
    <message>
        <source>With --add: a pillar of 21st Century Policing, 1 to 6 or its name.</source>
        <translation>Con --add: un pilar de Policía del Siglo XXI, del 1 al 6 o su nombre.</translation>
    </message>
    <message>
        <source>With --add: a practice group&apos;s number.</source>
        <translation>Con --add: el número de un grupo de práctica.</translation>
    </message>
    <message>
        <source>With --add: notes.</source>
        <translation>Con --add: notas.</translation>
    </message>
    <message>
        <source>With --team: add an item from this parking-lot entry.</source>
        <translation>Con --team: agregar una acción a partir de este tema pendiente.</translation>
    </message>
    <message>
        <source>With --team: add an item from this assessment statement.</source>
        <translation>Con --team: agregar una acción a partir de este enunciado de evaluación.</translation>
    </message>
    <message>
        <source>With --item --status: what the follow-up found.</source>
        <translation>Con --item --status: lo que se encontró en el seguimiento.</translation>
    </message>
    <message>
        <source>With --item --status: the update&apos;s date (today when not given).</source>
        <translation>Con --item --status: la fecha de la nota de avance (hoy si no se indica).</translation>
    </message>
    <message>
        <source>With --item: delete the item and its updates.</source>
        <translation>Con --item: eliminar la acción y sus notas de avance.</translation>
    </message>
    <message>
        <source>Action items across all workshops: overdue first, then by due date, with counts.</source>
        <translation>Acciones de todos los talleres: primero las vencidas, luego por fecha límite, con totales.</translation>
    </message>
    <message>
        <source>Only open items due within this many days, and overdue ones.</source>
        <translation>Solo las acciones abiertas que vencen dentro de esta cantidad de días, y las vencidas.</translation>
    </message>
    <message>
        <source>Only overdue items.</source>
        <translation>Solo las acciones vencidas.</translation>
    </message>
    <message>
        <source>Only items with this status: %1.</source>
        <translation>Solo las acciones con este estado: %1.</translation>
    </message>
    <message>
        <source>Only this workshop&apos;s items.</source>
        <translation>Solo las acciones de este taller.</translation>
    </message>
    <message numerus="yes">
        <source> · %n workshop(s)</source>
        <translation>
            <numerusform> · %n taller</numerusform>
            <numerusform> · %n talleres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <source> · team %1</source>
        <translation> · equipo %1</translation>
    </message>
    <message>
        <source>%1 registered of %2 places · %3 waitlisted · %4 cancelled</source>
        <translation>%1 registrados de %2 plazas · %3 en lista de espera · %4 cancelados</translation>
    </message>
    <message>
        <source>%1 may already be in the file:</source>
        <translation>%1 quizá ya esté en el archivo:</translation>
    </message>
    <message>
        <source>Enroll that person with --person ID, or add a new person anyway with --allow-duplicate.</source>
        <translation>Inscriba a esa persona con --person ID, o agregue de todos modos una persona nueva con --allow-duplicate.</translation>
    </message>
    <message>
        <source>Everyone registered is already in a team (or has no jurisdiction).</source>
        <translation>Todos los registrados ya están en un equipo (o no tienen jurisdicción).</translation>
    </message>
    <message>
        <source>Run again with --apply to form these teams.</source>
        <translation>Vuelva a ejecutar con --apply para formar estos equipos.</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n equipo</numerusform>
            <numerusform>%n equipos</numerusform>
        </translation>
    </message>
    <message>
        <source>List everyone in the file.</source>
        <translation>Enumerar a todas las personas del archivo.</translation>
    </message>
    <message>
        <source>List a workshop&apos;s roster with statuses and teams.</source>
        <translation>Enumerar la lista de participantes de un taller con sus estados y equipos.</translation>
    </message>
    <message>
        <source>Register someone for a workshop (waitlisted when it is full).</source>
        <translation>Registrar a alguien en un taller (en lista de espera si está lleno).</translation>
    </message>
    <message>
        <source>Add the new person even if they look like someone already in the file.</source>
        <translation>Agregar la persona nueva aunque parezca ser alguien que ya está en el archivo.</translation>
    </message>
    <message>
        <source>Cancel a registration.</source>
        <translation>Cancelar un registro.</translation>
    </message>
    <message>
        <source>Give a waitlisted or cancelled person a place.</source>
        <translation>Darle una plaza a una persona en lista de espera o cancelada.</translation>
    </message>
    <message>
        <source>List a workshop&apos;s teams, or suggest teams from jurisdictions.</source>
        <translation>Enumerar los equipos de un taller o sugerir equipos a partir de las jurisdicciones.</translation>
    </message>
    <message>
        <source>Suggest teams for people not yet in one.</source>
        <translation>Sugerir equipos para las personas que aún no están en uno.</translation>
    </message>
    <message>
        <source>Form the suggested teams.</source>
        <translation>Formar los equipos sugeridos.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>Give it with --password-stdin, in PGPASSWORD or ~/.pgpass, or run the command at a terminal to be asked.</source>
        <translation>Indíquela con --password-stdin, en PGPASSWORD o en ~/.pgpass, o ejecute el comando en una terminal para que se le solicite.</translation>
    </message>
    <message>
        <source>That team no longer exists.</source>
        <translation>Ese equipo ya no existe.</translation>
    </message>
    <message>
        <source>Person %1 is not in this file.</source>
        <translation>La persona %1 no está en este archivo.</translation>
    </message>
    <message>
        <source>An action item needs a goal.</source>
        <translation>Una acción necesita un objetivo.</translation>
    </message>
    <message>
        <source>The pillar is a number from 1 to %1.</source>
        <translation>El pilar es un número del 1 al %1.</translation>
    </message>
    <message>
        <source>The due date is not a valid date.</source>
        <translation>La fecha límite no es una fecha válida.</translation>
    </message>
    <message>
        <source>That practice group is not in this file.</source>
        <translation>Ese grupo de práctica no está en este archivo.</translation>
    </message>
    <message>
        <source>%1 is not a member of this team.</source>
        <translation>%1 no es miembro de este equipo.</translation>
    </message>
    <message>
        <source>Action item %1 is not in this file.</source>
        <translation>La acción %1 no está en este archivo.</translation>
    </message>
    <message>
        <source>Scores before the workshop: %1.</source>
        <translation>Puntuaciones antes del taller: %1.</translation>
    </message>
    <message>
        <source>Scores after the workshop: %1.</source>
        <translation>Puntuaciones después del taller: %1.</translation>
    </message>
    <message>
        <source>Add an action item</source>
        <translation>Agregar una acción</translation>
    </message>
    <message>
        <source>Add “%1” to the %2 action plan</source>
        <translation>Agregar “%1” al plan de acción de %2</translation>
    </message>
    <message>
        <source>Edit an action item</source>
        <translation>Editar una acción</translation>
    </message>
    <message>
        <source>Edit “%1” in the %2 action plan</source>
        <translation>Editar “%1” en el plan de acción de %2</translation>
    </message>
    <message>
        <source>Delete an action item</source>
        <translation>Eliminar una acción</translation>
    </message>
    <message>
        <source>Delete “%1” from the %2 action plan</source>
        <translation>Eliminar “%1” del plan de acción de %2</translation>
    </message>
    <message>
        <source>Move an action item</source>
        <translation>Mover una acción</translation>
    </message>
    <message>
        <source>Move “%1” in the %2 action plan</source>
        <translation>Mover “%1” en el plan de acción de %2</translation>
    </message>
    <message>
        <source>Add a parking-lot entry to an action plan</source>
        <translation>Agregar un tema pendiente a un plan de acción</translation>
    </message>
    <message>
        <source>Report-out item %1 is not in this file.</source>
        <translation>El elemento %1 del informe del grupo no está en este archivo.</translation>
    </message>
    <message>
        <source>“%1” is not in the parking lot; only parking-lot entries become action items this way.</source>
        <translation>“%1” no está en temas pendientes; solo los temas pendientes se convierten en acciones de esta manera.</translation>
    </message>
    <message>
        <source>That parking-lot entry was raised at another workshop than the %1 team&apos;s.</source>
        <translation>Ese tema pendiente se planteó en un taller distinto al del equipo de %1.</translation>
    </message>
    <message>
        <source>The %1 action plan already has an item from this parking-lot entry.</source>
        <translation>El plan de acción de %1 ya tiene una acción a partir de este tema pendiente.</translation>
    </message>
    <message>
        <source>Parking lot, round %1</source>
        <translation>Temas pendientes, ronda %1</translation>
    </message>
    <message>
        <source>Add an assessment gap to an action plan</source>
        <translation>Agregar una brecha de evaluación a un plan de acción</translation>
    </message>
    <message>
        <source>Statement %1 is not in this file.</source>
        <translation>El enunciado %1 no está en este archivo.</translation>
    </message>
    <message>
        <source>Assessment gap: %1</source>
        <translation>Brecha de evaluación: %1</translation>
    </message>
    <message>
        <source>Nobody on the %1 team has scored “%2” yet, so there is no gap to act on.</source>
        <translation>Nadie del equipo de %1 ha puntuado “%2” todavía, así que no hay ninguna brecha sobre la cual actuar.</translation>
    </message>
    <message>
        <source>The %1 action plan already has an item for this statement.</source>
        <translation>El plan de acción de %1 ya tiene una acción para este enunciado.</translation>
    </message>
    <message>
        <source>Close the gap: %1</source>
        <translation>Cerrar la brecha: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 no longer owns %n action item(s).</source>
        <translation>
            <numerusform>%1 ya no es responsable de %n acción.</numerusform>
            <numerusform>%1 ya no es responsable de %n acciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Give the number of days after the workshop, 1 or more.</source>
        <translation>Indique el número de días después del taller, 1 o más.</translation>
    </message>
    <message>
        <source>Give the date of the update.</source>
        <translation>Indique la fecha de la nota de avance.</translation>
    </message>
    <message>
        <source>An update can&apos;t be dated after today.</source>
        <translation>Una nota de avance no puede tener una fecha posterior a hoy.</translation>
    </message>
    <message>
        <source>Record an update</source>
        <translation>Registrar una nota de avance</translation>
    </message>
    <message>
        <source>Record an update on “%1”</source>
        <translation>Registrar una nota de avance de “%1”</translation>
    </message>
    <message>
        <source>Workshop %1 is not in this file.</source>
        <translation>El taller %1 no está en este archivo.</translation>
    </message>
    <message>
        <source>The presenter must be one of this workshop&apos;s facilitators. Add them on the Overview tab first.</source>
        <translation>El ponente debe ser uno de los facilitadores de este taller. Primero agréguelo en la pestaña Resumen.</translation>
    </message>
    <message>
        <source>This workshop&apos;s agenda has already been run live, so it cannot be replaced. Edit its items instead, or reset the live record on the Agenda tab first.</source>
        <translation>La agenda de este taller ya se ejecutó en vivo, así que no se puede reemplazar. En su lugar, edite sus puntos, o primero restablezca el registro en vivo en la pestaña Agenda.</translation>
    </message>
    <message numerus="yes">
        <source>This workshop has %n day(s),</source>
        <translation>
            <numerusform>Este taller tiene %n día,</numerusform>
            <numerusform>Este taller tiene %n días,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>so %n item(s) for later days were left out.</source>
        <translation>
            <numerusform>por lo que se omitió %n punto de días posteriores.</numerusform>
            <numerusform>por lo que se omitieron %n puntos de días posteriores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda item %1 is not in this file.</source>
        <translation>El punto de agenda %1 no está en este archivo.</translation>
    </message>
    <message>
        <source>Add “%1” to the agenda</source>
        <translation>Agregar “%1” a la agenda</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar “%1”</translation>
    </message>
    <message>
        <source>Agenda item %1 is not in this workshop.</source>
        <translation>El punto de agenda %1 no está en este taller.</translation>
    </message>
    <message>
        <source>Remove “%1” from the agenda</source>
        <translation>Quitar “%1” de la agenda</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Mover “%1”</translation>
    </message>
    <message>
        <source>The workshop has no day %1.</source>
        <translation>El taller no tiene día %1.</translation>
    </message>
    <message>
        <source>Agenda template %1 is not in this file.</source>
        <translation>La plantilla de agenda %1 no está en este archivo.</translation>
    </message>
    <message>
        <source>Use the agenda “%1”</source>
        <translation>Usar la agenda “%1”</translation>
    </message>
    <message>
        <source>Choose another workshop to copy the agenda from.</source>
        <translation>Elija otro taller del cual copiar la agenda.</translation>
    </message>
    <message>
        <source>That workshop has no agenda to copy.</source>
        <translation>Ese taller no tiene una agenda que copiar.</translation>
    </message>
    <message>
        <source>Copy another workshop&apos;s agenda</source>
        <translation>Copiar la agenda de otro taller</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Una plantilla necesita un nombre.</translation>
    </message>
    <message>
        <source>This workshop has no agenda yet, so there is nothing to save as a template.</source>
        <translation>Este taller todavía no tiene agenda, así que no hay nada que guardar como plantilla.</translation>
    </message>
    <message>
        <source>Save the agenda as “%1”</source>
        <translation>Guardar la agenda como “%1”</translation>
    </message>
    <message>
        <source>There is already a template called “%1”. Choose another name.</source>
        <translation>Ya existe una plantilla llamada “%1”. Elija otro nombre.</translation>
    </message>
    <message>
        <source>Delete an agenda template</source>
        <translation>Eliminar una plantilla de agenda</translation>
    </message>
    <message numerus="yes">
        <source>The agenda has %n item(s) after day %1. Move or remove them on the Agenda tab before shortening the workshop.</source>
        <translation>
            <numerusform>La agenda tiene %n punto después del día %1. Muévalo o quítelo en la pestaña Agenda antes de acortar el taller.</numerusform>
            <numerusform>La agenda tiene %n puntos después del día %1. Muévalos o quítelos en la pestaña Agenda antes de acortar el taller.</numerusform>
        </translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Small-group discussion</source>
        <translation>Discusión en grupos pequeños</translation>
    </message>
    <message>
        <source>Large-group discussion</source>
        <translation>Discusión en grupo grande</translation>
    </message>
    <message>
        <source>Information sharing</source>
        <translation>Intercambio de información</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Action planning</source>
        <translation>Planificación de acciones</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Receso</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Comida</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>Un punto de agenda necesita un título.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on day %2, but the workshop has %n day(s).</source>
        <translation>
            <numerusform>“%1” está en el día %2, pero el taller tiene %n día.</numerusform>
            <numerusform>“%1” está en el día %2, pero el taller tiene %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” lasts %2 minutes; give it from 1 minute to 12 hours.</source>
        <translation>“%1” dura %2 minutos; asígnele de 1 minuto a 12 horas.</translation>
    </message>
    <message>
        <source>Two-day manager/chief workshop</source>
        <translation>Taller de dos días para administradores y jefes</translation>
    </message>
    <message>
        <source>Two days of presentations, small- and large-group discussion and information sharing, ending in team action plans.</source>
        <translation>Dos días de presentaciones, discusión en grupos pequeños y en grupo grande e intercambio de información, que terminan con los planes de acción de los equipos.</translation>
    </message>
    <message>
        <source>Half-day workshop</source>
        <translation>Taller de medio día</translation>
    </message>
    <message>
        <source>A morning of presentations and discussion on one topic.</source>
        <translation>Una mañana de presentaciones y discusión sobre un tema.</translation>
    </message>
    <message>
        <source>This workshop is closed, so its agenda can no longer be run live. Set its status back to Live on the Overview tab first.</source>
        <translation>Este taller está cerrado, así que su agenda ya no se puede ejecutar en vivo. Primero vuelva a poner su estado en En vivo en la pestaña Resumen.</translation>
    </message>
    <message>
        <source>Run the agenda</source>
        <translation>Ejecutar la agenda</translation>
    </message>
    <message>
        <source>Day %1 has finished. Reset its live record to run it again.</source>
        <translation>El día %1 ha terminado. Restablezca su registro en vivo para volver a ejecutarlo.</translation>
    </message>
    <message>
        <source>Day %1 has no agenda items to start. Add some on the Agenda tab first.</source>
        <translation>El día %1 no tiene puntos de agenda que iniciar. Primero agregue algunos en la pestaña Agenda.</translation>
    </message>
    <message>
        <source>“%1” is already running. Use Next to move on to the next item.</source>
        <translation>“%1” ya está en curso. Use Siguiente punto para pasar al punto que sigue.</translation>
    </message>
    <message>
        <source>Start “%1”</source>
        <translation>Iniciar “%1”</translation>
    </message>
    <message>
        <source>Nothing is running on day %1. Use Start to begin.</source>
        <translation>No hay nada en curso el día %1. Use Iniciar el día para comenzar.</translation>
    </message>
    <message>
        <source>End “%1”, the last item of the day</source>
        <translation>Terminar “%1”, el último punto del día</translation>
    </message>
    <message>
        <source>Next: “%1”</source>
        <translation>Siguiente: “%1”</translation>
    </message>
    <message>
        <source>Nothing is running on day %1, so there is nothing to pause.</source>
        <translation>No hay nada en curso el día %1, así que no hay nada que pausar.</translation>
    </message>
    <message>
        <source>“%1” is already paused.</source>
        <translation>“%1” ya está en pausa.</translation>
    </message>
    <message>
        <source>Pause “%1”</source>
        <translation>Pausar “%1”</translation>
    </message>
    <message>
        <source>Nothing is running on day %1, so there is nothing to resume.</source>
        <translation>No hay nada en curso el día %1, así que no hay nada que reanudar.</translation>
    </message>
    <message>
        <source>“%1” is not paused.</source>
        <translation>“%1” no está en pausa.</translation>
    </message>
    <message>
        <source>Resume “%1”</source>
        <translation>Reanudar “%1”</translation>
    </message>
    <message>
        <source>An item can be extended by 1 to 120 minutes at a time.</source>
        <translation>Un punto se puede extender de 1 a 120 minutos cada vez.</translation>
    </message>
    <message>
        <source>Nothing is running on day %1, so there is nothing to extend.</source>
        <translation>No hay nada en curso el día %1, así que no hay nada que extender.</translation>
    </message>
    <message>
        <source>Extend “%1” by %2</source>
        <translation>Extender “%1” en %2</translation>
    </message>
    <message>
        <source>Reset the live record of day %1</source>
        <translation>Restablecer el registro en vivo del día %1</translation>
    </message>
    <message>
        <source>Day %1 has not been run live, so there is nothing to reset.</source>
        <translation>El día %1 no se ha ejecutado en vivo, así que no hay nada que restablecer.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>“%1” is fixed at %2, but the items before it run to %3 (%4 over).</source>
        <translation>“%1” está fijo a las %2, pero los puntos anteriores terminan a las %3 (%4 de más).</translation>
    </message>
    <message>
        <source>The day runs to %1, %2 past its end at %3. Shorten or move some items.</source>
        <translation>El día termina a las %1, %2 después de su hora de fin, a las %3. Acorte o mueva algunos puntos.</translation>
    </message>
    <message>
        <source>The plan runs past midnight.</source>
        <translation>El plan pasa de la medianoche.</translation>
    </message>
    <message>
        <source>%1 is not registered for this workshop, so has no answers to give here.</source>
        <translation>%1 no tiene registro en este taller, así que no tiene respuestas que dar aquí.</translation>
    </message>
    <message>
        <source>Scores run from %1 to %2; %3 is not one of them.</source>
        <translation>Las puntuaciones van de %1 a %2; %3 no es una de ellas.</translation>
    </message>
    <message>
        <source>Statement %1 is in no assessment of this file.</source>
        <translation>El enunciado %1 no pertenece a ninguna evaluación de este archivo.</translation>
    </message>
    <message>
        <source>Save %1&apos;s answers (before)</source>
        <translation>Guardar las respuestas de %1 (antes)</translation>
    </message>
    <message>
        <source>Save %1&apos;s answers (after)</source>
        <translation>Guardar las respuestas de %1 (después)</translation>
    </message>
    <message>
        <source>Statement %1 is answered twice; give one answer to each statement.</source>
        <translation>El enunciado %1 tiene dos respuestas; dé una respuesta a cada enunciado.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>1 – Strongly disagree</source>
        <translation>1 – Totalmente en desacuerdo</translation>
    </message>
    <message>
        <source>2 – Disagree</source>
        <translation>2 – En desacuerdo</translation>
    </message>
    <message>
        <source>3 – Neither agree nor disagree</source>
        <translation>3 – Ni de acuerdo ni en desacuerdo</translation>
    </message>
    <message>
        <source>4 – Agree</source>
        <translation>4 – De acuerdo</translation>
    </message>
    <message>
        <source>5 – Strongly agree</source>
        <translation>5 – Totalmente de acuerdo</translation>
    </message>
    <message>
        <source>Assessment %1 is not in this file.</source>
        <translation>La evaluación %1 no está en este archivo.</translation>
    </message>
    <message>
        <source>An assessment needs a name.</source>
        <translation>Una evaluación necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already an assessment called “%1”. Choose another name.</source>
        <translation>Ya existe una evaluación llamada “%1”. Elija otro nombre.</translation>
    </message>
    <message>
        <source>A statement needs some text.</source>
        <translation>Un enunciado necesita texto.</translation>
    </message>
    <message>
        <source>Pillars run from 1 to %1.</source>
        <translation>Los pilares van del 1 al %1.</translation>
    </message>
    <message>
        <source>There is no assessment called “%1”; this file has none.</source>
        <translation>No existe ninguna evaluación llamada “%1”; este archivo no tiene ninguna.</translation>
    </message>
    <message>
        <source>There is no assessment called “%1”. This file has %2.</source>
        <translation>No existe ninguna evaluación llamada “%1”. Este archivo tiene %2.</translation>
    </message>
    <message>
        <source>Add the assessment “%1”</source>
        <translation>Agregar la evaluación “%1”</translation>
    </message>
    <message>
        <source>Edit the assessment “%1”</source>
        <translation>Editar la evaluación “%1”</translation>
    </message>
    <message>
        <source>Copy the assessment “%1”</source>
        <translation>Copiar la evaluación “%1”</translation>
    </message>
    <message>
        <source>Remove an assessment</source>
        <translation>Quitar una evaluación</translation>
    </message>
    <message>
        <source>Remove the assessment “%1”</source>
        <translation>Quitar la evaluación “%1”</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has been answered %n time(s), and those answers must be kept, so it cannot be removed. Duplicate it to make a changed version.</source>
        <translation>
            <numerusform>“%1” se ha respondido %n vez, y esas respuestas deben conservarse, así que no se puede quitar. Duplíquela para crear una versión modificada.</numerusform>
            <numerusform>“%1” se ha respondido %n veces, y esas respuestas deben conservarse, así que no se puede quitar. Duplíquela para crear una versión modificada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a statement</source>
        <translation>Agregar un enunciado</translation>
    </message>
    <message>
        <source>Add a statement to “%1”</source>
        <translation>Agregar un enunciado a “%1”</translation>
    </message>
    <message>
        <source>Edit a statement</source>
        <translation>Editar un enunciado</translation>
    </message>
    <message>
        <source>Remove a statement</source>
        <translation>Quitar un enunciado</translation>
    </message>
    <message numerus="yes">
        <source>This statement has been answered %n time(s), and those answers must be kept, so it cannot be removed. Duplicate the assessment to make a changed version.</source>
        <translation>
            <numerusform>Este enunciado se ha respondido %n vez, y esas respuestas deben conservarse, así que no se puede quitar. Duplique la evaluación para crear una versión modificada.</numerusform>
            <numerusform>Este enunciado se ha respondido %n veces, y esas respuestas deben conservarse, así que no se puede quitar. Duplique la evaluación para crear una versión modificada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move a statement</source>
        <translation>Mover un enunciado</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Mean score (1 to 5; 5 = strongly agree)</source>
        <translation>Puntuación media (1 a 5; 5 = totalmente de acuerdo)</translation>
    </message>
    <message>
        <source>%1 – before</source>
        <translation>%1 – antes</translation>
    </message>
    <message>
        <source>%1 – after</source>
        <translation>%1 – después</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Chief</source>
        <translation>Jefe</translation>
    </message>
    <message>
        <source>Managers and chiefs, before and after</source>
        <translation>Administradores y jefes, antes y después</translation>
    </message>
    <message>
        <source>Managers, before</source>
        <translation>Administradores, antes</translation>
    </message>
    <message>
        <source>Managers, after</source>
        <translation>Administradores, después</translation>
    </message>
    <message>
        <source>Chiefs, before</source>
        <translation>Jefes, antes</translation>
    </message>
    <message>
        <source>Chiefs, after</source>
        <translation>Jefes, después</translation>
    </message>
    <message>
        <source>All participants, before and after</source>
        <translation>Todos los participantes, antes y después</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Salió temprano</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Justificado</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Block %1 is not in this file.</source>
        <translation>El bloque %1 no está en este archivo.</translation>
    </message>
    <message>
        <source>%1 belongs to another workshop.</source>
        <translation>%1 pertenece a otro taller.</translation>
    </message>
    <message>
        <source>“%1” is closed, so its attendance is final. Set its status back to Live to change it.</source>
        <translation>“%1” está cerrado, así que su asistencia es definitiva. Vuelva a poner su estado en En vivo para cambiarla.</translation>
    </message>
    <message>
        <source>%1 is not on this workshop&apos;s roster. Register them first (or add them as a walk-in).</source>
        <translation>%1 no está en la lista de participantes de este taller. Primero registre a esa persona (o agréguela como participante sin inscripción previa).</translation>
    </message>
    <message>
        <source>%1 is on the waitlist. Give them a place on the Roster tab before checking them in.</source>
        <translation>%1 está en la lista de espera. Asígnele una plaza en la pestaña Lista y equipos antes de registrar su llegada.</translation>
    </message>
    <message>
        <source>%1&apos;s registration is cancelled. Register them again before checking them in.</source>
        <translation>El registro de %1 está cancelado. Vuelva a registrar a esa persona antes de registrar su llegada.</translation>
    </message>
    <message>
        <source>“%1” needs the time %2 came or left.</source>
        <translation>“%1” requiere la hora en que %2 llegó o se fue.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>%1 was already checked in for %2 at another station (%3); that mark stands.</source>
        <translation>La llegada de %1 a %2 ya se había registrado en otra estación (%3); esa marca se mantiene.</translation>
    </message>
    <message>
        <source>Another station had marked %1 %2 for %3; this check-in replaces that mark.</source>
        <translation>Otra estación había marcado a %1 como %2 en %3; este registro de llegada reemplaza esa marca.</translation>
    </message>
    <message>
        <source>Check in %1 (%2)</source>
        <translation>Registrar llegada de %1 (%2)</translation>
    </message>
    <message>
        <source>Mark %1 %2 at %3 (%4)</source>
        <translation>Marcar a %1 como %2 a las %3 (%4)</translation>
    </message>
    <message>
        <source>Mark %1 %2 (%3)</source>
        <translation>Marcar a %1 como %2 (%3)</translation>
    </message>
    <message>
        <source>Day %1 · %2 has attendance recorded, so the workshop cannot be shortened to %3. Clear that attendance first.</source>
        <translation>El día %1 · %2 tiene asistencia registrada, así que el taller no se puede acortar a %3. Primero borre esa asistencia.</translation>
    </message>
    <message>
        <source>Edit attendance blocks</source>
        <translation>Editar bloques de asistencia</translation>
    </message>
    <message>
        <source>Day %1 has two blocks called “%2”. Give each block of a day its own label.</source>
        <translation>El día %1 tiene dos bloques llamados “%2”. Dé a cada bloque de un día su propia etiqueta.</translation>
    </message>
    <message numerus="yes">
        <source>Day %1 · %2 has %n check-in(s), so it cannot be removed. Clear them first.</source>
        <translation>
            <numerusform>El día %1 · %2 tiene %n registro de llegada, así que no se puede quitar. Primero bórrelo.</numerusform>
            <numerusform>El día %1 · %2 tiene %n registros de llegada, así que no se puede quitar. Primero bórrelos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check in %1</source>
        <translation>Registrar llegada de %1</translation>
    </message>
    <message>
        <source>Clear %1&apos;s attendance</source>
        <translation>Borrar la asistencia de %1</translation>
    </message>
    <message>
        <source>Clear %1&apos;s attendance (%2)</source>
        <translation>Borrar la asistencia de %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has no attendance recorded for %2.</source>
        <translation>%1 no tiene asistencia registrada para %2.</translation>
    </message>
    <message>
        <source>Mark everyone present</source>
        <translation>Marcar a todos como presentes</translation>
    </message>
    <message>
        <source>Block %1 is not one of this workshop&apos;s blocks.</source>
        <translation>El bloque %1 no es uno de los bloques de este taller.</translation>
    </message>
    <message>
        <source>Mark everyone present (%1)</source>
        <translation>Marcar a todos como presentes (%1)</translation>
    </message>
    <message>
        <source>Everyone registered already has a mark for %1.</source>
        <translation>Todas las personas registradas ya tienen una marca para %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) marked present.</source>
        <translation>
            <numerusform>%n persona marcada como presente.</numerusform>
            <numerusform>%n personas marcadas como presentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was already registered for this workshop.</source>
        <translation>%1 ya estaba registrado en este taller.</translation>
    </message>
    <message>
        <source>Register walk-in %1</source>
        <translation>Registrar a %1 sin inscripción previa</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>Día %1 · %2</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Each block needs a label, such as “Morning”.</source>
        <translation>Cada bloque necesita una etiqueta, como “Mañana”.</translation>
    </message>
    <message>
        <source>“%1” needs a start and an end time.</source>
        <translation>“%1” necesita una hora de inicio y una de fin.</translation>
    </message>
    <message>
        <source>“%1” ends at %2, which is not after its start at %3.</source>
        <translation>“%1” termina a las %2, que no es posterior a su inicio a las %3.</translation>
    </message>
    <message>
        <source>“%1” carries %2 credit hours; give it from 0 to 24.</source>
        <translation>“%1” otorga %2 horas de crédito; indique un valor de 0 a 24.</translation>
    </message>
    <message>
        <source>Full hours for the block</source>
        <translation>Todas las horas del bloque</translation>
    </message>
    <message>
        <source>The share of the block they were there</source>
        <translation>La parte del bloque en que estuvieron presentes</translation>
    </message>
    <message>
        <source>No hours for the block</source>
        <translation>Ninguna hora del bloque</translation>
    </message>
    <message>
        <source>The share of hours a certificate needs must be more than 0% and at most 100%.</source>
        <translation>La proporción de horas que requiere un certificado debe ser mayor que 0% y como máximo 100%.</translation>
    </message>
    <message>
        <source>Change credit rules</source>
        <translation>Cambiar las reglas de crédito</translation>
    </message>
    <message>
        <source>Edit attendance blocks and credit</source>
        <translation>Editar bloques de asistencia y crédito</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>That program is no longer in the catalog.</source>
        <translation>Ese programa ya no está en el catálogo.</translation>
    </message>
    <message>
        <source>A practice group needs a number above zero.</source>
        <translation>Un grupo de práctica necesita un número mayor que cero.</translation>
    </message>
    <message>
        <source>Add practice group %1</source>
        <translation>Agregar grupo de práctica %1</translation>
    </message>
    <message>
        <source>There is already a practice group %1. Rename that one instead.</source>
        <translation>Ya existe un grupo de práctica %1. Cambie el nombre de ese en su lugar.</translation>
    </message>
    <message>
        <source>Rename a practice group</source>
        <translation>Cambiar el nombre de un grupo de práctica</translation>
    </message>
    <message>
        <source>Remove a practice group</source>
        <translation>Quitar un grupo de práctica</translation>
    </message>
    <message numerus="yes">
        <source>This practice group is listed on %n program(s). Take it off those programs first.</source>
        <translation>
            <numerusform>Este grupo de práctica figura en %n programa. Quítelo de ese programa primero.</numerusform>
            <numerusform>Este grupo de práctica figura en %n programas. Quítelo de esos programas primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s) are linked to this practice group. Link them to another group, or to none, first.</source>
        <translation>
            <numerusform>%n acción está vinculada a este grupo de práctica. Vincúlela primero a otro grupo, o a ninguno.</numerusform>
            <numerusform>%n acciones están vinculadas a este grupo de práctica. Vincúlelas primero a otro grupo, o a ninguno.</numerusform>
        </translation>
    </message>
    <message>
        <source>A program needs a title.</source>
        <translation>Un programa necesita un título.</translation>
    </message>
    <message>
        <source>A program lasts from half a day to fourteen days.</source>
        <translation>Un programa dura de medio día a catorce días.</translation>
    </message>
    <message>
        <source>A program&apos;s participant limit must be at least 1, or left empty.</source>
        <translation>El límite de participantes de un programa debe ser al menos 1, o quedar vacío.</translation>
    </message>
    <message>
        <source>Edit program “%1”</source>
        <translation>Editar el programa “%1”</translation>
    </message>
    <message>
        <source>Add program “%1”</source>
        <translation>Agregar el programa “%1”</translation>
    </message>
    <message>
        <source>Remove a program</source>
        <translation>Quitar un programa</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s) use this program. Choose another program for them first.</source>
        <translation>
            <numerusform>%n taller usa este programa. Elija primero otro programa para él.</numerusform>
            <numerusform>%n talleres usan este programa. Elija primero otro programa para ellos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 workshops, %2 people, %3 enrollments, %4 teams.</source>
        <translation>%1 talleres, %2 personas, %3 inscripciones, %4 equipos.</translation>
    </message>
    <message>
        <source>This is not a Roundtable file (its application id is 0x%1).</source>
        <translation>Este no es un archivo de Roundtable (su id. de aplicación es 0x%1).</translation>
    </message>
    <message>
        <source>Schema %1 is newer than this Roundtable reads (up to %2).</source>
        <translation>El esquema %1 es más reciente que los que lee esta versión de Roundtable (hasta %2).</translation>
    </message>
    <message>
        <source>Schema %1; opening it in Roundtable brings it up to schema %2.</source>
        <translation>Esquema %1; al abrirlo en Roundtable se actualiza al esquema %2.</translation>
    </message>
    <message>
        <source>Schema %1 (current).</source>
        <translation>Esquema %1 (actual).</translation>
    </message>
    <message>
        <source>%1 bytes in %2 pages of %3 bytes; journal mode %4.</source>
        <translation>%1 bytes en %2 páginas de %3 bytes; modo de registro %4.</translation>
    </message>
    <message>
        <source>rollback (WAL is set when opened)</source>
        <translation>rollback (WAL se activa al abrirlo)</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>No se puede leer la base de datos: %1</translation>
    </message>
    <message>
        <source>The database is damaged: %1</source>
        <translation>La base de datos está dañada: %1</translation>
    </message>
    <message>
        <source>Integrity check passed.</source>
        <translation>La comprobación de integridad fue satisfactoria.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refer to rows that do not exist.</source>
        <translation>
            <numerusform>%n fila hace referencia a filas que no existen.</numerusform>
            <numerusform>%n filas hacen referencia a filas que no existen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is at schema %2; this Roundtable expects schema %3.</source>
        <translation>%1 está en el esquema %2; esta versión de Roundtable espera el esquema %3.</translation>
    </message>
    <message>
        <source>Schema %1 (current), on %2.</source>
        <translation>Esquema %1 (actual), en %2.</translation>
    </message>
    <message>
        <source>Internal error: the catalog has no program “%1”.</source>
        <translation>Error interno: el catálogo no tiene el programa “%1”.</translation>
    </message>
    <message>
        <source>Internal error: the demo workshop has no first day.</source>
        <translation>Error interno: el taller de demostración no tiene un primer día.</translation>
    </message>
    <message>
        <source>Internal error: there is no agenda template “%1”.</source>
        <translation>Error interno: no existe la plantilla de agenda “%1”.</translation>
    </message>
    <message>
        <source>Welcome, introductions and what the two days are for</source>
        <translation>Bienvenida, presentaciones y propósito de los dos días</translation>
    </message>
    <message>
        <source>Closing and certificates</source>
        <translation>Clausura y certificados</translation>
    </message>
    <message>
        <source>Internal error: the demo agenda has no “%1”.</source>
        <translation>Error interno: la agenda de demostración no tiene “%1”.</translation>
    </message>
    <message>
        <source>“%1” already exists and is not a demo file, so it was left alone. Choose another name for the demo, or delete that file first.</source>
        <translation>“%1” ya existe y no es un archivo de demostración, por lo que no se modificó. Elija otro nombre para la demostración, o elimine ese archivo primero.</translation>
    </message>
    <message>
        <source>%1 already holds workshops or people, so the demo was not added: its fictional participants would mix with real ones. Use an empty database for the demo.</source>
        <translation>%1 ya contiene talleres o personas, así que no se agregó la demostración: sus participantes ficticios se mezclarían con los reales. Use una base de datos vacía para la demostración.</translation>
    </message>
    <message>
        <source>Mark the demo file</source>
        <translation>Marcar el archivo de demostración</translation>
    </message>
    <message>
        <source>Illustrative figures for the demo.</source>
        <translation>Cifras ilustrativas para la demostración.</translation>
    </message>
    <message>
        <source>Internal error: there is no practice group %1.</source>
        <translation>Error interno: no existe el grupo de práctica %1.</translation>
    </message>
    <message>
        <source>Internal error: the demo plan of %1 is incomplete.</source>
        <translation>Error interno: el plan de demostración de %1 está incompleto.</translation>
    </message>
    <message>
        <source>Each of us writes down how we see it; we compare notes at our next meeting and agree on what changes, in writing.</source>
        <translation>Cada uno de nosotros anota cómo lo ve; comparamos notas en nuestra próxima reunión y acordamos por escrito qué cambia.</translation>
    </message>
    <message>
        <source>Collect examples from two neighboring cities and ask the city attorney to review a draft.</source>
        <translation>Reunir ejemplos de dos ciudades vecinas y pedir al abogado municipal que revise un borrador.</translation>
    </message>
    <message>
        <source>Both of us score this statement 4 or higher at the 90-day review.</source>
        <translation>Ambos puntuamos este enunciado con 4 o más en la revisión de los 90 días.</translation>
    </message>
    <message>
        <source>A draft both of us have read, brought to the council&apos;s leadership.</source>
        <translation>Un borrador que ambos hayamos leído, presentado a la dirección del concejo.</translation>
    </message>
    <message>
        <source>Waiting for the county to name its public information lead.</source>
        <translation>A la espera de que el condado designe a su responsable de información pública.</translation>
    </message>
    <message>
        <source>Internal error: the file lacks the shipped assessments.</source>
        <translation>Error interno: al archivo le faltan las evaluaciones incluidas.</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Idea clave</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Obstáculo</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Temas pendientes</translation>
    </message>
    <message>
        <source>Discussion round %1 is not in this file.</source>
        <translation>La ronda de discusión %1 no está en este archivo.</translation>
    </message>
    <message>
        <source>This workshop has no discussion round %1.</source>
        <translation>Este taller no tiene la ronda de discusión %1.</translation>
    </message>
    <message>
        <source>“%1” is closed, so its discussions are final. Set its status back to Live to change them.</source>
        <translation>“%1” está cerrado, así que sus discusiones son definitivas. Vuelva a poner su estado en En vivo para cambiarlas.</translation>
    </message>
    <message>
        <source>Round %1 is locked, so its groups stay as they are. Unlock it first.</source>
        <translation>La ronda %1 está bloqueada, así que sus grupos se quedan como están. Desbloquéela primero.</translation>
    </message>
    <message>
        <source>A round has from 1 to %1 groups.</source>
        <translation>Una ronda tiene de 1 a %1 grupos.</translation>
    </message>
    <message>
        <source>Give each person from 1 to %1 votes.</source>
        <translation>Dé a cada persona de 1 a %1 votos.</translation>
    </message>
    <message>
        <source>That agenda item is not on this workshop&apos;s agenda.</source>
        <translation>Ese punto no está en la agenda de este taller.</translation>
    </message>
    <message>
        <source>Group %1 has notes or report-outs, so the round cannot have fewer groups. Move or remove them first.</source>
        <translation>El grupo %1 tiene notas o informes del grupo, así que la ronda no puede tener menos grupos. Muévalos o quítelos primero.</translation>
    </message>
    <message>
        <source>Only %1 people are in the room for round %2: too few for %3 groups.</source>
        <translation>Solo hay %1 personas en la sala para la ronda %2: son muy pocas para %3 grupos.</translation>
    </message>
    <message>
        <source>Person %1 is not registered for this workshop.</source>
        <translation>La persona %1 no está registrada en este taller.</translation>
    </message>
    <message>
        <source>A report-out item needs some text.</source>
        <translation>Un elemento del informe del grupo necesita algo de texto.</translation>
    </message>
    <message>
        <source>Add a discussion round</source>
        <translation>Agregar una ronda de discusión</translation>
    </message>
    <message>
        <source>Add discussion round %1</source>
        <translation>Agregar la ronda de discusión %1</translation>
    </message>
    <message>
        <source>Edit discussion round %1</source>
        <translation>Editar la ronda de discusión %1</translation>
    </message>
    <message>
        <source>Remove a discussion round</source>
        <translation>Quitar una ronda de discusión</translation>
    </message>
    <message>
        <source>Remove discussion round %1</source>
        <translation>Quitar la ronda de discusión %1</translation>
    </message>
    <message>
        <source>Place the groups again</source>
        <translation>Volver a asignar los grupos</translation>
    </message>
    <message>
        <source>Place the groups of round %1 again</source>
        <translation>Volver a asignar los grupos de la ronda %1</translation>
    </message>
    <message>
        <source>Lock the groups</source>
        <translation>Bloquear los grupos</translation>
    </message>
    <message>
        <source>Unlock the groups</source>
        <translation>Desbloquear los grupos</translation>
    </message>
    <message>
        <source>Lock the groups of round %1</source>
        <translation>Bloquear los grupos de la ronda %1</translation>
    </message>
    <message>
        <source>Unlock the groups of round %1</source>
        <translation>Desbloquear los grupos de la ronda %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover a %1</translation>
    </message>
    <message>
        <source>That group is not part of round %1.</source>
        <translation>Ese grupo no forma parte de la ronda %1.</translation>
    </message>
    <message>
        <source>Move %1 to group %2</source>
        <translation>Mover a %1 al grupo %2</translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>Fijar a %1</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Dejar de fijar a %1</translation>
    </message>
    <message>
        <source>%1 is in no group of round %2.</source>
        <translation>%1 no está en ningún grupo de la ronda %2.</translation>
    </message>
    <message>
        <source>Edit the scribe&apos;s notes</source>
        <translation>Editar las notas del relator</translation>
    </message>
    <message>
        <source>Discussion group %1 is not in this file.</source>
        <translation>El grupo de discusión %1 no está en este archivo.</translation>
    </message>
    <message>
        <source>Add a report-out item</source>
        <translation>Agregar un elemento al informe del grupo</translation>
    </message>
    <message>
        <source>Edit a report-out item</source>
        <translation>Editar un elemento del informe del grupo</translation>
    </message>
    <message>
        <source>Remove a report-out item</source>
        <translation>Quitar un elemento del informe del grupo</translation>
    </message>
    <message>
        <source>Dots are 0 or more.</source>
        <translation>Los votos deben ser 0 o más.</translation>
    </message>
    <message>
        <source>%1 votes</source>
        <translation>%1 votos</translation>
    </message>
    <message>
        <source>%1 has %2 of the %3 dots of round %4 left.</source>
        <translation>A %1 le quedan %2 de los %3 votos de la ronda %4.</translation>
    </message>
    <message>
        <source>Teams together</source>
        <translation>Equipos juntos</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mezclados</translation>
    </message>
    <message>
        <source>By role</source>
        <translation>Por rol</translation>
    </message>
    <message>
        <source>Placed by hand</source>
        <translation>Asignados a mano</translation>
    </message>
    <message>
        <source>Choose at least one group.</source>
        <translation>Elija al menos un grupo.</translation>
    </message>
    <message>
        <source>There are more groups (%1) than people (%2). Choose fewer groups.</source>
        <translation>Hay más grupos (%1) que personas (%2). Elija menos grupos.</translation>
    </message>
    <message>
        <source>Someone is pinned to group %1, but there are only %2 groups. Unpin them or add groups.</source>
        <translation>Alguien está fijado al grupo %1, pero solo hay %2 grupos. Deje de fijarlo o agregue grupos.</translation>
    </message>
    <message>
        <source>Someone is pinned to a group that does not exist. Unpin them.</source>
        <translation>Alguien está fijado a un grupo que no existe. Deje de fijarlo.</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sin fecha límite</translation>
    </message>
    <message>
        <source>%1 (%2 days after the workshop)</source>
        <translation>%1 (%2 días después del taller)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation>Aún no hay miembros.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Items: %1 (%2)</source>
        <translation>Acciones: %1 (%2)</translation>
    </message>
    <message>
        <source>Action plan · %1</source>
        <translation>Plan de acción · %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>aún sin responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Practice group</source>
        <translation>Grupo de práctica</translation>
    </message>
    <message>
        <source>City manager, %1</source>
        <translation>Administrador municipal, %1</translation>
    </message>
    <message>
        <source>Police chief, %1</source>
        <translation>Jefe de policía, %1</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>We agree to this plan and will review it together at 30, 60 and 90 days.</source>
        <translation>Aceptamos este plan y lo revisaremos juntos a los 30, 60 y 90 días.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>“%1” has no team %2. Its teams are listed on the Roster and Teams tab, or by “teams”.</source>
        <translation>“%1” no tiene el equipo %2. Sus equipos aparecen en la pestaña Lista y equipos, o mediante “teams”.</translation>
    </message>
    <message>
        <source>“%1” has no teams yet, so there are no action plans to print. Form the teams first.</source>
        <translation>“%1” aún no tiene equipos, así que no hay planes de acción para imprimir. Forme primero los equipos.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Planes de acción</translation>
    </message>
    <message>
        <source>Module: %1</source>
        <translation>Módulo: %1</translation>
    </message>
    <message>
        <source>Presenter: %1</source>
        <translation>Ponente: %1</translation>
    </message>
    <message>
        <source>For discussion: %1</source>
        <translation>Para discusión: %1</translation>
    </message>
    <message>
        <source>Say where to save the calendar file.</source>
        <translation>Indique dónde guardar el archivo de calendario.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give the name of the calendar file to write in it.</source>
        <translation>%1 es una carpeta. Indique el nombre del archivo de calendario que se escribirá en ella.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another folder, or create this one first.</source>
        <translation>La carpeta %1 no existe. Elija otra carpeta, o cree esta primero.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>“%1” has no agenda yet. Build one on its Agenda tab (from a template, or item by item) first.</source>
        <translation>“%1” aún no tiene agenda. Primero cree una en su pestaña Agenda (a partir de una plantilla, o punto por punto).</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation>%1 (principal)</translation>
    </message>
    <message>
        <source>Facilitators: %1</source>
        <translation>Facilitadores: %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>fixed · %1 over</source>
        <translation>fija · %1 de exceso</translation>
    </message>
    <message>
        <source>fixed time</source>
        <translation>hora fija</translation>
    </message>
    <message>
        <source>%1 free before</source>
        <translation>%1 libres antes</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Consigna: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Nothing is planned for this day yet. Add its items on the Agenda tab.</source>
        <translation>Aún no hay nada planificado para este día. Agregue sus puntos en la pestaña Agenda.</translation>
    </message>
    <message numerus="yes">
        <source>The day runs %1–%2 (its attendance blocks); the plan fills %3–%4 with %n item(s).</source>
        <translation>
            <numerusform>El día va de %1 a %2 (sus bloques de asistencia); el plan ocupa de %3 a %4 con %n punto.</numerusform>
            <numerusform>El día va de %1 a %2 (sus bloques de asistencia); el plan ocupa de %3 a %4 con %n puntos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>The plan fits the day.</source>
        <translation>El plan cabe en el día.</translation>
    </message>
    <message>
        <source>To fix in the plan</source>
        <translation>Por corregir en el plan</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Agenda for facilitators</source>
        <translation>Agenda para facilitadores</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name (last, first)</source>
        <translation>Nombre (apellido, nombre)</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>P</source>
        <comment>attendance code: present</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>L</source>
        <comment>attendance code: late</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>LE</source>
        <comment>attendance code: left early</comment>
        <translation>ST</translation>
    </message>
    <message>
        <source>E</source>
        <comment>attendance code: excused</comment>
        <translation>J</translation>
    </message>
    <message>
        <source>A</source>
        <comment>attendance code: absent</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>“%1” has no attendance blocks, so there is no attendance to record. Add them on the workshop’s Attendance page first.</source>
        <translation>“%1” no tiene bloques de asistencia, así que no hay asistencia que registrar. Agréguelos primero en la página Asistencia del taller.</translation>
    </message>
    <message>
        <source>Attendance record</source>
        <translation>Registro de asistencia</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Attended / registered</source>
        <translation>Asistieron / registrados</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Hours offered: %1. A certificate needs %2 (%3% of the hours offered). %4 of %5 registered qualify.</source>
        <translation>Horas ofrecidas: %1. Un certificado requiere %2 (%3% de las horas ofrecidas). %4 de %5 registrados cumplen los requisitos.</translation>
    </message>
    <message>
        <source>Codes: P present · L late, with the time they arrived · LE left early, with the time they left · E excused · A absent · blank: not recorded. Hours for late arrivals and early leavers: %1.</source>
        <translation>Códigos: P presente · T tarde, con la hora de llegada · ST salió temprano, con la hora de salida · J justificado · A ausente · en blanco: no registrado. Horas para quienes llegan tarde o salen temprano: %1.</translation>
    </message>
    <message>
        <source>%1, lead facilitator</source>
        <translation>%1, facilitador principal</translation>
    </message>
    <message>
        <source>Lead facilitator</source>
        <translation>Facilitador principal</translation>
    </message>
    <message>
        <source>Certified by</source>
        <translation>Certificado por</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>“%1” is a folder. Give the spreadsheet a file name in it, such as %2.</source>
        <translation>“%1” es una carpeta. Dé a la hoja de cálculo un nombre de archivo dentro de ella, como %2.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose a folder that does, or create it first.</source>
        <translation>La carpeta “%1” no existe. Elija una carpeta que exista, o créela primero.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2. Check that you may write to that folder and that the disk has room, or choose another place.</source>
        <translation>No se pudo escribir “%1”: %2. Compruebe que tiene permiso para escribir en esa carpeta y que el disco tiene espacio, o elija otro lugar.</translation>
    </message>
    <message>
        <source>The text for %1 is longer than a spreadsheet cell may hold (32,767 characters). Shorten it, or export CSV instead.</source>
        <translation>El texto de %1 es más largo de lo que admite una celda de hoja de cálculo (32,767 caracteres). Acórtelo, o exporte a CSV en su lugar.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be made (%1, at %2).</source>
        <translation>No se pudo crear la hoja de cálculo (%1, en %2).</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>The spreadsheet could not be made (the sheet “%1” was refused).</source>
        <translation>No se pudo crear la hoja de cálculo (se rechazó la hoja “%1”).</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloques</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Credit hours</source>
        <translation>Horas de crédito</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Hours offered</source>
        <translation>Horas ofrecidas</translation>
    </message>
    <message>
        <source>Hours needed for a certificate</source>
        <translation>Horas necesarias para un certificado</translation>
    </message>
    <message>
        <source>Late arrivals and early leavers earn</source>
        <translation>Quienes llegan tarde o salen temprano obtienen</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrados</translation>
    </message>
    <message>
        <source>Qualify for a certificate</source>
        <translation>Cumplen para certificado</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>the data could not be saved to disk</source>
        <translation>no se pudieron guardar los datos en el disco</translation>
    </message>
    <message>
        <source>and earned 1 credit hour</source>
        <translation>y obtuvo 1 hora de crédito</translation>
    </message>
    <message>
        <source>and earned %1 credit hours</source>
        <translation>y obtuvo %1 horas de crédito</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>Certificate of Attendance</source>
        <translation>Certificado de asistencia</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>Se certifica que</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>asistió a</translation>
    </message>
    <message>
        <source>Nobody is registered for “%1”, so there are no certificates to print.</source>
        <translation>No hay nadie registrado en “%1”, así que no hay certificados que imprimir.</translation>
    </message>
    <message>
        <source>Nobody qualifies for a certificate yet: it takes %1 of the %2 offered. Check the attendance marks, or the share of hours the workshop asks for (%3%), on the workshop’s Attendance page.</source>
        <translation>Todavía nadie cumple los requisitos para un certificado: se necesitan %1 de las %2 ofrecidas. Revise las marcas de asistencia, o la proporción de horas que exige el taller (%3%), en la página Asistencia del taller.</translation>
    </message>
    <message>
        <source>Certificates of attendance</source>
        <translation>Certificados de asistencia</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Practice groups: %1</source>
        <translation>Grupos de práctica: %1</translation>
    </message>
    <message>
        <source>Lead instructor</source>
        <translation>Instructor principal</translation>
    </message>
    <message>
        <source>Pairs meeting again: %1 · Role imbalance: %2 · Size spread: %3</source>
        <translation>Parejas que se repiten: %1 · Desequilibrio de roles: %2 · Diferencia de tamaños: %3</translation>
    </message>
    <message>
        <source> · Partners together: %1</source>
        <translation> · Compañeros de equipo juntos: %1</translation>
    </message>
    <message>
        <source> · Teams split: %1</source>
        <translation> · Equipos separados: %1</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Ronda %1</translation>
    </message>
    <message>
        <source>Round %1 · %2</source>
        <translation>Ronda %1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Large group</source>
        <translation>Grupo grande</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n group(s)</source>
        <translation>
            <numerusform>%1 · %n grupo</numerusform>
            <numerusform>%1 · %n grupos</numerusform>
        </translation>
    </message>
    <message>
        <source>No one placed.</source>
        <translation>No se asignó a nadie.</translation>
    </message>
    <message>
        <source>Scribe&apos;s notes</source>
        <translation>Notas del relator</translation>
    </message>
    <message>
        <source>Nothing was put in the parking lot.</source>
        <translation>No se agregó nada a los temas pendientes.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Items by votes</source>
        <translation>Elementos por votos</translation>
    </message>
    <message>
        <source>No report-outs yet.</source>
        <translation>Aún no hay informes del grupo.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>No one placed yet.</source>
        <translation>Aún no se asignó a nadie.</translation>
    </message>
    <message>
        <source>“%1” has no discussion rounds yet, so there is nothing to print.</source>
        <translation>“%1” aún no tiene rondas de discusión, así que no hay nada que imprimir.</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Discusiones</translation>
    </message>
    <message>
        <source>Discussion groups</source>
        <translation>Grupos de discusión</translation>
    </message>
    <message>
        <source>Nobody is registered for “%1” yet, so there are no name tents to print.</source>
        <translation>Aún no hay nadie registrado en “%1”, así que no hay tarjetas de nombre que imprimir.</translation>
    </message>
    <message>
        <source>Name tents</source>
        <translation>Tarjetas de nombre</translation>
    </message>
    <message>
        <source>Nobody is registered for “%1” yet, so there are no badges to print.</source>
        <translation>Aún no hay nadie registrado en “%1”, así que no hay gafetes que imprimir.</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Gafetes</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 (about 60%)</source>
        <translation>%1 (cerca del 60%)</translation>
    </message>
    <message>
        <source>%1 (low)</source>
        <translation>%1 (bajo)</translation>
    </message>
    <message>
        <source>%1 (high)</source>
        <translation>%1 (alto)</translation>
    </message>
    <message>
        <source>%1 (within 60%)</source>
        <translation>%1 (dentro del 60%)</translation>
    </message>
    <message>
        <source>%1 (over 60%)</source>
        <translation>%1 (más del 60%)</translation>
    </message>
    <message>
        <source>%1 (near 60%)</source>
        <translation>%1 (cerca del 60%)</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>No one has answered an assessment in this workshop yet.</source>
        <translation>Todavía nadie ha respondido una evaluación en este taller.</translation>
    </message>
    <message>
        <source>%1: no scores yet.</source>
        <translation>%1: aún no hay puntuaciones.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <source>%1 registered; %2 of %3 earned a certificate so far.</source>
        <translation>%1 registrados; %2 de %3 han obtenido un certificado hasta ahora.</translation>
    </message>
    <message>
        <source>Respondents: %1 before, %2 at the end. Mean score %3 before, %4 at the end (%5).</source>
        <translation>Encuestados: %1 antes, %2 al final. Puntuación media de %3 antes, %4 al final (%5).</translation>
    </message>
    <message>
        <source>The workshop has no teams yet.</source>
        <translation>El taller aún no tiene equipos.</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <source>Worksheets from %1 of %2 teams; patrol saturation over 60% in %3.</source>
        <translation>Hojas de carga de trabajo de %1 de %2 equipos; saturación del patrullaje superior al 60% en %3.</translation>
    </message>
    <message>
        <source>Rounds: %1; report-outs: %2; parking lot: %3.</source>
        <translation>Rondas: %1; informes del grupo: %2; temas pendientes: %3.</translation>
    </message>
    <message>
        <source>Items: %1 (done: %2); the next open one is due %3.</source>
        <translation>Acciones: %1 (terminadas: %2); la próxima pendiente vence el %3.</translation>
    </message>
    <message>
        <source>Items: %1 (done: %2).</source>
        <translation>Acciones: %1 (terminadas: %2).</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>En resumen</translation>
    </message>
    <message>
        <source>No one is registered for this workshop.</source>
        <translation>No hay nadie registrado en este taller.</translation>
    </message>
    <message>
        <source>Registered: %1 · Hours offered: %2 · Certificates earned: %3 (a certificate needs %4)</source>
        <translation>Registrados: %1 · Horas ofrecidas: %2 · Certificados obtenidos: %3 (un certificado requiere %4)</translation>
    </message>
    <message>
        <source>not yet taken</source>
        <translation>aún no realizada</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Marcados</translation>
    </message>
    <message>
        <source>Assessment: %1</source>
        <translation>Evaluación: %1</translation>
    </message>
    <message>
        <source>Respondents: %1 before the workshop, %2 at its end. Scores run from 1 (strongly disagree) to 5 (strongly agree).</source>
        <translation>Encuestados: %1 antes del taller, %2 al final. Las puntuaciones van de 1 (totalmente en desacuerdo) a 5 (totalmente de acuerdo).</translation>
    </message>
    <message>
        <source>Statement by statement</source>
        <translation>Enunciado por enunciado</translation>
    </message>
    <message>
        <source>Mean scores. Change: everyone&apos;s mean at the end minus before. A dash: nobody on that side scored the statement.</source>
        <translation>Puntuaciones medias. Cambio: la media de todos al final menos la de antes. Un guion: nadie de ese lado puntuó el enunciado.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Manager and chief gaps by team</source>
        <translation>Brechas entre administrador y jefe por equipo</translation>
    </message>
    <message>
        <source>The workshop has no teams.</source>
        <translation>El taller no tiene equipos.</translation>
    </message>
    <message>
        <source>Gap: the manager side&apos;s score minus the chief side&apos;s. The mean gap is the mean distance between them over every statement both sides scored; a large gap either way is worth a conversation.</source>
        <translation>Brecha: la puntuación del lado del administrador menos la del lado del jefe. La brecha media es la distancia media entre ambos en todos los enunciados que los dos lados puntuaron; una brecha grande en cualquier sentido merece una conversación.</translation>
    </message>
    <message>
        <source>%1. %2: %3 → %4</source>
        <translation>%1. %2: %3 → %4</translation>
    </message>
    <message>
        <source>none of %1 or more</source>
        <translation>ninguna de %1 o más</translation>
    </message>
    <message>
        <source>Largest gaps (statement, section: gap before → at the end)</source>
        <translation>Mayores brechas (enunciado, sección: brecha antes → al final)</translation>
    </message>
    <message>
        <source>Mean gap</source>
        <translation>Brecha media</translation>
    </message>
    <message>
        <source>Workload worksheets</source>
        <translation>Hojas de carga de trabajo</translation>
    </message>
    <message>
        <source>No team has filled in a workload worksheet yet.</source>
        <translation>Ningún equipo ha llenado todavía una hoja de carga de trabajo.</translation>
    </message>
    <message>
        <source>CPSM&apos;s Rule of 60: about 60% of sworn officers assigned to patrol, and no more than 60% of patrol&apos;s available time committed to calls for service (the saturation index).</source>
        <translation>Regla de 60 de CPSM: alrededor del 60% de los agentes juramentados asignados al patrullaje, y no más del 60% del tiempo disponible del patrullaje dedicado a llamadas de servicio (el índice de saturación).</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Sworn</source>
        <translation>Juramentados</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>Patrullaje</translation>
    </message>
    <message>
        <source>Officers per 1,000</source>
        <translation>Agentes por 1,000</translation>
    </message>
    <message>
        <source>Sworn on patrol</source>
        <translation>Juramentados en patrullaje</translation>
    </message>
    <message>
        <source>Saturation index</source>
        <translation>Índice de saturación</translation>
    </message>
    <message>
        <source>Notes (%1): %2</source>
        <translation>Notas (%1): %2</translation>
    </message>
    <message>
        <source>Discussion highlights</source>
        <translation>Aspectos destacados de la discusión</translation>
    </message>
    <message>
        <source>The workshop had no discussion rounds.</source>
        <translation>El taller no tuvo rondas de discusión.</translation>
    </message>
    <message>
        <source>No report-outs were recorded.</source>
        <translation>No se registraron informes del grupo.</translation>
    </message>
    <message>
        <source>No votes were cast in this round.</source>
        <translation>No se emitieron votos en esta ronda.</translation>
    </message>
    <message>
        <source>The workshop has no teams, so no action plans.</source>
        <translation>El taller no tiene equipos, así que no hay planes de acción.</translation>
    </message>
    <message>
        <source>No team has an action item yet.</source>
        <translation>Ningún equipo tiene todavía una acción.</translation>
    </message>
    <message>
        <source>Goals by team</source>
        <translation>Objetivos por equipo</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>Sin pilar</translation>
    </message>
    <message>
        <source>Items: %1 across %2 teams.</source>
        <translation>Acciones: %1 en %2 equipos.</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Por estado</translation>
    </message>
    <message>
        <source>By pillar</source>
        <translation>Por pilar</translation>
    </message>
    <message>
        <source>Internal error: the outcome report was asked for without a way to draw its charts.</source>
        <translation>Error interno: se solicitó el informe de resultados sin una forma de dibujar sus gráficos.</translation>
    </message>
    <message>
        <source>Workshop outcome report</source>
        <translation>Informe de resultados del taller</translation>
    </message>
    <message>
        <source>Say where to save the PDF.</source>
        <translation>Indique dónde guardar el PDF.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give the name of the PDF file to write in it.</source>
        <translation>%1 es una carpeta. Indique el nombre del archivo PDF que se escribirá en ella.</translation>
    </message>
    <message>
        <source>The logo %1 could not be read (%2). Use a PNG or JPEG image.</source>
        <translation>No se pudo leer el logotipo %1 (%2). Use una imagen PNG o JPEG.</translation>
    </message>
    <message>
        <source>Roundtable may not write in the folder %1. Choose another folder.</source>
        <translation>Roundtable no tiene permiso para escribir en la carpeta %1. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Roundtable</source>
        <translation>Roundtable</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>No hay nada que imprimir.</translation>
    </message>
    <message>
        <source>Could not start writing the PDF %1.</source>
        <translation>No se pudo empezar a escribir el PDF %1.</translation>
    </message>
    <message>
        <source>Could not add page %1 to the PDF %2.</source>
        <translation>No se pudo agregar la página %1 al PDF %2.</translation>
    </message>
    <message>
        <source>Could not finish the PDF %1.</source>
        <translation>No se pudo terminar el PDF %1.</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Equipo %1</translation>
    </message>
    <message>
        <source>Not in a team</source>
        <translation>Sin equipo</translation>
    </message>
    <message>
        <source>Walk-ins: print your name, jurisdiction and role</source>
        <translation>Participantes sin inscripción: escriba en letra de molde su nombre, jurisdicción y cargo</translation>
    </message>
    <message>
        <source>That block is not part of “%1”.</source>
        <translation>Ese bloque no forma parte de “%1”.</translation>
    </message>
    <message>
        <source>“%1” has no attendance blocks to sign in to. Add them on the workshop’s Attendance page first.</source>
        <translation>“%1” no tiene bloques de asistencia en los que firmar. Agréguelos primero en la página Asistencia del taller.</translation>
    </message>
    <message>
        <source>Give from 0 to %1 empty rows for walk-ins.</source>
        <translation>Indique de 0 a %1 filas vacías para participantes sin inscripción.</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Hoja de firmas</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Not enough memory to read the file.</source>
        <translation>No hay memoria suficiente para leer el archivo.</translation>
    </message>
    <message>
        <source>Could not read line %1: %2</source>
        <translation>No se pudo leer la línea %1: %2</translation>
    </message>
    <message>
        <source>“%1” has no rows. Choose the file exported from the registration system.</source>
        <translation>“%1” no tiene filas. Elija el archivo exportado del sistema de registro.</translation>
    </message>
    <message>
        <source>“%1” has a header row but no people under it.</source>
        <translation>“%1” tiene una fila de encabezado pero ninguna persona debajo.</translation>
    </message>
    <message>
        <source>UTF-8 (with byte order mark)</source>
        <translation>UTF-8 (con marca de orden de bytes)</translation>
    </message>
    <message>
        <source>“%1” is empty. Choose the file exported from the registration system.</source>
        <translation>“%1” está vacío. Elija el archivo exportado del sistema de registro.</translation>
    </message>
    <message>
        <source>“%1” is not a text file. Save the registration list as CSV (or XLSX) and choose that file.</source>
        <translation>“%1” no es un archivo de texto. Guarde la lista de registro como CSV (o XLSX) y elija ese archivo.</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>No existe el archivo “%1”.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>No se pudo leer “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than 256 MB, too large for a registration list.</source>
        <translation>“%1” ocupa más de 256 MB, demasiado para una lista de registro.</translation>
    </message>
    <message>
        <source>“%1” looks like an Excel workbook but cannot be read (it may be damaged or protected). Open it in a spreadsheet and save it as CSV, then import that.</source>
        <translation>“%1” parece un libro de Excel pero no se puede leer (puede estar dañado o protegido). Ábralo en una hoja de cálculo, guárdelo como CSV e importe ese archivo.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>There is no workshop numbered %1 in this file.</source>
        <translation>No hay ningún taller con el número %1 en este archivo.</translation>
    </message>
    <message>
        <source>There is no person numbered %1 in this file.</source>
        <translation>No hay ninguna persona con el número %1 en este archivo.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Miembro del equipo</translation>
    </message>
    <message>
        <source>Attendance block</source>
        <translation>Bloque de asistencia</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto de la agenda</translation>
    </message>
    <message>
        <source>Agenda template</source>
        <translation>Plantilla de agenda</translation>
    </message>
    <message>
        <source>Agenda template item</source>
        <translation>Punto de plantilla de agenda</translation>
    </message>
    <message>
        <source>Discussion round</source>
        <translation>Ronda de discusión</translation>
    </message>
    <message>
        <source>Discussion group</source>
        <translation>Grupo de discusión</translation>
    </message>
    <message>
        <source>Discussion group member</source>
        <translation>Miembro de grupo de discusión</translation>
    </message>
    <message>
        <source>Discussion note</source>
        <translation>Nota de discusión</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Voto</translation>
    </message>
    <message>
        <source>Assessment template</source>
        <translation>Plantilla de evaluación</translation>
    </message>
    <message>
        <source>Assessment question</source>
        <translation>Pregunta de evaluación</translation>
    </message>
    <message>
        <source>Assessment answer</source>
        <translation>Respuesta de evaluación</translation>
    </message>
    <message>
        <source>Workload worksheet</source>
        <translation>Hoja de carga de trabajo</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>Nota de avance</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Workshop facilitator</source>
        <translation>Facilitador del taller</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Program practice group</source>
        <translation>Grupo de práctica del programa</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Preferencia</translation>
    </message>
    <message>
        <source>Role (other)</source>
        <translation>Cargo (otro)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Consigna</translation>
    </message>
    <message>
        <source>Fixed start</source>
        <translation>Inicio fijo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Extra minutes</source>
        <translation>Minutos extra</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Paused time</source>
        <translation>Tiempo en pausa</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Sede anfitriona</translation>
    </message>
    <message>
        <source>Host state</source>
        <translation>Estado anfitrión</translation>
    </message>
    <message>
        <source>Affiliated</source>
        <translation>Afiliado</translation>
    </message>
    <message>
        <source>Partial credit</source>
        <translation>Crédito parcial</translation>
    </message>
    <message>
        <source>Share for a certificate</source>
        <translation>Proporción para certificado</translation>
    </message>
    <message>
        <source>Scribe notes</source>
        <translation>Notas del relator</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Agrupación</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Votes per person</source>
        <translation>Votos por persona</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1: cambió</translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation>%1: se estableció en %2</translation>
    </message>
    <message>
        <source>%1 cleared (was %2)</source>
        <translation>%1: se borró (era %2)</translation>
    </message>
    <message>
        <source>%1 changed from %2 to %3</source>
        <translation>%1: cambió de %2 a %3</translation>
    </message>
    <message>
        <source>Checked in: %1, %2 at %3 by %4</source>
        <translation>Llegada registrada: %1, %2 a las %3 por %4</translation>
    </message>
    <message>
        <source>Marked %1: %2 at %3 by %4</source>
        <translation>Marcado como %1: %2 a las %3 por %4</translation>
    </message>
    <message>
        <source>Attendance cleared: %1, was %2, at %3 by %4</source>
        <translation>Asistencia borrada: %1, era %2, a las %3 por %4</translation>
    </message>
    <message>
        <source>Attendance %1: %2 → %3 at %4 by %5</source>
        <translation>Asistencia %1: %2 → %3 a las %4 por %5</translation>
    </message>
    <message>
        <source>Added to the roster (%1)</source>
        <translation>Se agregó a la lista de participantes (%1)</translation>
    </message>
    <message>
        <source>Removed from the roster</source>
        <translation>Se quitó de la lista de participantes</translation>
    </message>
    <message>
        <source>Added to team %1</source>
        <translation>Se agregó al equipo %1</translation>
    </message>
    <message>
        <source>Removed from team %1</source>
        <translation>Se quitó del equipo %1</translation>
    </message>
    <message>
        <source>Moved from team %1 to team %2</source>
        <translation>Se movió del equipo %1 al equipo %2</translation>
    </message>
    <message>
        <source>Added to the file</source>
        <translation>Se agregó al archivo</translation>
    </message>
    <message>
        <source>Removed from the file</source>
        <translation>Se quitó del archivo</translation>
    </message>
    <message>
        <source>Assessment (%1) answered: %2 — %3</source>
        <translation>Evaluación (%1) respondida: %2 — %3</translation>
    </message>
    <message>
        <source>Assessment (%1) answer removed: %2</source>
        <translation>Evaluación (%1), respuesta eliminada: %2</translation>
    </message>
    <message>
        <source>Assessment (%1) %2: %3</source>
        <translation>Evaluación (%1) %2: %3</translation>
    </message>
    <message>
        <source>Placed in discussion %1</source>
        <translation>Se asignó a la discusión %1</translation>
    </message>
    <message>
        <source>Taken out of discussion %1</source>
        <translation>Se retiró de la discusión %1</translation>
    </message>
    <message>
        <source>Moved to discussion %1</source>
        <translation>Se movió a la discusión %1</translation>
    </message>
    <message>
        <source>Voted for %1 (dots: %2)</source>
        <translation>Votó por %1 (votos: %2)</translation>
    </message>
    <message>
        <source>Vote for %1 withdrawn</source>
        <translation>Se retiró el voto por %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Discussion %1</source>
        <translation>Discusión %1</translation>
    </message>
    <message>
        <source>%1 added for team %2</source>
        <translation>Se agregó %1 para el equipo %2</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>Se agregó %1</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>Se quitó %1</translation>
    </message>
    <message>
        <source>%1 changed: %2</source>
        <translation>Se cambió %1: %2</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>ronda %1</translation>
    </message>
    <message>
        <source>group %1 of %2</source>
        <translation>grupo %1 de %2</translation>
    </message>
    <message>
        <source>Could not write “%1” to disk.</source>
        <translation>No se pudo escribir “%1” en el disco.</translation>
    </message>
    <message>
        <source>“%1” is not a Roundtable file (it was made by another program). It was not changed.</source>
        <translation>“%1” no es un archivo de Roundtable (lo creó otro programa). No se modificó.</translation>
    </message>
    <message>
        <source>“%1” was made by a newer Roundtable (schema %2); this version reads up to schema %3. Merge the files in the newer Roundtable. Neither file was changed.</source>
        <translation>“%1” fue creado por una versión más reciente de Roundtable (esquema %2); esta versión lee hasta el esquema %3. Combine los archivos en la versión más reciente de Roundtable. No se modificó ninguno de los archivos.</translation>
    </message>
    <message>
        <source>The merged file must be a new file: “%1” is one of the files being merged, and they are never changed. Choose another name with --out.</source>
        <translation>El archivo combinado debe ser un archivo nuevo: “%1” es uno de los archivos que se combinan, y estos nunca se modifican. Elija otro nombre con --out.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Give a file name with --out.</source>
        <translation>“%1” es una carpeta. Indique un nombre de archivo con --out.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or add --force to replace it.</source>
        <translation>“%1” ya existe. Elija otro nombre, o agregue --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>Merge from “%1”</source>
        <translation>Combinar desde “%1”</translation>
    </message>
    <message>
        <source>Could not make a temporary folder for the preview: %1</source>
        <translation>No se pudo crear una carpeta temporal para la vista previa: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Registro de llegada</translation>
    </message>
    <message>
        <source>Report-out item</source>
        <translation>Elemento del informe del grupo</translation>
    </message>
    <message>
        <source>Assessment statement</source>
        <translation>Enunciado de evaluación</translation>
    </message>
    <message>
        <source>Action item update</source>
        <translation>Nota de avance de acción</translation>
    </message>
    <message>
        <source>Merging “%1” into “%2” would do this (nothing has been written yet):</source>
        <translation>Combinar “%1” en “%2” haría lo siguiente (todavía no se ha escrito nada):</translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”:</source>
        <translation>Se combinó “%1” en “%2”:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added</source>
        <translation>
            <numerusform>%n fila agregada</numerusform>
            <numerusform>%n filas agregadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizada</numerusform>
            <numerusform>%n actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n eliminada</numerusform>
            <numerusform>%n eliminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not taken</source>
        <translation>
            <numerusform>%n fila no tomada</numerusform>
            <numerusform>%n filas no tomadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the other file&apos;s history added to this file&apos;s history.</source>
        <translation>
            <numerusform>Se agregó %n cambio del historial del otro archivo al historial de este archivo.</numerusform>
            <numerusform>Se agregaron %n cambios del historial del otro archivo al historial de este archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The files already agree: there is nothing to merge.</source>
        <translation>Los archivos ya coinciden: no hay nada que combinar.</translation>
    </message>
    <message>
        <source>By kind of record:</source>
        <translation>Por tipo de registro:</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 actualizadas</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 eliminadas</translation>
    </message>
    <message>
        <source>Conflicts (both files changed the same record; the newer change wins):</source>
        <translation>Conflictos (ambos archivos cambiaron el mismo registro; prevalece el cambio más reciente):</translation>
    </message>
    <message>
        <source>In “%1”: %2</source>
        <translation>En “%1”: %2</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>Not taken from “%1”:</source>
        <translation>No tomado de “%1”:</translation>
    </message>
    <message>
        <source>Please check:</source>
        <translation>Revise lo siguiente:</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>“%1” is the file that is open. Choose the other copy of it to merge.</source>
        <translation>“%1” es el archivo que está abierto. Elija la otra copia para combinarla.</translation>
    </message>
    <message>
        <source>“%1” is not a Roundtable file (it was made by another program), so there is nothing to merge from it. It was not changed.</source>
        <translation>“%1” no es un archivo de Roundtable (lo creó otro programa), así que no hay nada que combinar desde él. No se modificó.</translation>
    </message>
    <message>
        <source>“%1” was made by an older Roundtable (schema %2). Open it once in this version (that brings it up to schema %3), or do that to a copy of it, then merge again. Neither file was changed.</source>
        <translation>“%1” fue creado por una versión anterior de Roundtable (esquema %2). Ábralo una vez en esta versión (eso lo actualiza al esquema %3), o haga eso con una copia, y luego vuelva a combinar. No se modificó ninguno de los archivos.</translation>
    </message>
    <message>
        <source>Could not merge</source>
        <translation>No se pudo combinar</translation>
    </message>
    <message>
        <source>the %1 it belongs to is not in the merged file.</source>
        <translation>el registro al que pertenece (%1) no está en el archivo combinado.</translation>
    </message>
    <message>
        <source>its change was not taken: %1</source>
        <translation>no se tomó su cambio: %1</translation>
    </message>
    <message>
        <source>this file already has “%1” in its place, the same record under another identity.</source>
        <translation>este archivo ya tiene “%1” en su lugar, el mismo registro con otra identidad.</translation>
    </message>
    <message>
        <source>deleted in “%1” on %2 by %3, and not changed in “%4” since.</source>
        <translation>eliminado en “%1” el %2 por %3, y sin cambios en “%4” desde entonces.</translation>
    </message>
    <message>
        <source>deleted in one file, changed in the other.</source>
        <translation>eliminado en un archivo, cambiado en el otro.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>brought back, as changed in “%1” (the change is newer than the deletion).</source>
        <translation>recuperado, tal como se cambió en “%1” (el cambio es más reciente que la eliminación).</translation>
    </message>
    <message>
        <source>left deleted (the deletion is newer than the change).</source>
        <translation>se mantuvo eliminado (la eliminación es más reciente que el cambio).</translation>
    </message>
    <message>
        <source>the %1 it needs is not in the merged file.</source>
        <translation>el registro que necesita (%1) no está en el archivo combinado.</translation>
    </message>
    <message>
        <source>this file refused it: %1</source>
        <translation>este archivo lo rechazó: %1</translation>
    </message>
    <message>
        <source>this file refused the change: %1</source>
        <translation>este archivo rechazó el cambio: %1</translation>
    </message>
    <message>
        <source>recorded in both files; the same as the one already here, so kept once.</source>
        <translation>registrado en ambos archivos; es igual al que ya está aquí, así que se conservó una sola vez.</translation>
    </message>
    <message>
        <source>recorded in both files as separate records; matched as the same one.</source>
        <translation>registrado en ambos archivos como registros separados; se emparejaron como uno solo.</translation>
    </message>
    <message>
        <source>changed in both files.</source>
        <translation>cambiado en ambos archivos.</translation>
    </message>
    <message>
        <source>took the version from “%1” (newer).</source>
        <translation>se tomó la versión de “%1” (más reciente).</translation>
    </message>
    <message>
        <source>kept the version in “%1” (newer or as new).</source>
        <translation>se conservó la versión de “%1” (más reciente o igual de reciente).</translation>
    </message>
    <message>
        <source>kept, as changed in “%1” (the change is newer than the deletion).</source>
        <translation>se conservó, tal como se cambió en “%1” (el cambio es más reciente que la eliminación).</translation>
    </message>
    <message>
        <source>deleted, as in “%1” (the deletion is newer than the change).</source>
        <translation>se eliminó, como en “%1” (la eliminación es más reciente que el cambio).</translation>
    </message>
    <message numerus="yes">
        <source>%1 “%2” was deleted in “%3”, but kept: %n record(s) in “%4” still belong to it.</source>
        <translation>
            <numerusform>%1 “%2” se eliminó en “%3”, pero se conservó: %n registro de “%4” todavía le pertenece.</numerusform>
            <numerusform>%1 “%2” se eliminó en “%3”, pero se conservó: %n registros de “%4” todavía le pertenecen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2” was deleted in “%3”, but could not be deleted here: %4</source>
        <translation>%1 “%2” se eliminó en “%3”, pero no se pudo eliminar aquí: %4</translation>
    </message>
    <message>
        <source>The other file&apos;s history could not be added: no entry was written.</source>
        <translation>No se pudo agregar el historial del otro archivo: no se escribió ninguna entrada.</translation>
    </message>
    <message>
        <source>“%1” now has %2 people registered for %3 places: move someone to the waitlist.</source>
        <translation>“%1” tiene ahora %2 personas registradas para %3 plazas: pase a alguien a la lista de espera.</translation>
    </message>
    <message>
        <source>Day %1 %2</source>
        <translation>Día %1 %2</translation>
    </message>
    <message>
        <source>Could not copy %1</source>
        <translation>No se pudo copiar %1</translation>
    </message>
    <message>
        <source>Say where the workshop&apos;s file goes.</source>
        <translation>Indique dónde va el archivo del taller.</translation>
    </message>
    <message>
        <source>“%1” is the open file. Choose a new file for the workshop.</source>
        <translation>“%1” es el archivo abierto. Elija un archivo nuevo para el taller.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Give a file name for the workshop&apos;s file.</source>
        <translation>“%1” es una carpeta. Indique un nombre para el archivo del taller.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or replace it.</source>
        <translation>“%1” ya existe. Elija otro nombre, o reemplácelo.</translation>
    </message>
    <message>
        <source>“%1” is open in Roundtable. Close it, or choose another name.</source>
        <translation>“%1” está abierto en Roundtable. Ciérrelo, o elija otro nombre.</translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation>%1 (sin conexión)</translation>
    </message>
    <message>
        <source>There is no workshop %1 in %2.</source>
        <translation>No existe el taller %1 en %2.</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>No importar</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>Nombre completo (dividido en nombre y apellido)</translation>
    </message>
    <message>
        <source>Jurisdiction or organisation</source>
        <translation>Jurisdicción u organización</translation>
    </message>
    <message>
        <source>Job title or role</source>
        <translation>Puesto o cargo</translation>
    </message>
    <message>
        <source>The mapping has %1 columns but the file has %2.</source>
        <translation>La asignación tiene %1 columnas, pero el archivo tiene %2.</translation>
    </message>
    <message>
        <source>%1 are all mapped to %2. Map one column to it and set the others to “%3”.</source>
        <translation>%1 están todas asignadas a %2. Asigne una sola columna a ese campo y ponga las demás en “%3”.</translation>
    </message>
    <message>
        <source>No column is mapped to the last name. Map the column holding last names to “%1”, or a column holding whole names to “%2”.</source>
        <translation>Ninguna columna está asignada al apellido. Asigne la columna que contiene los apellidos a “%1”, o una columna que contiene los nombres completos a “%2”.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s last name.</source>
        <translation>Escriba el apellido de la persona.</translation>
    </message>
    <message>
        <source>“%1” does not look like an email address (name@example.org). Correct it, or leave it empty.</source>
        <translation>“%1” no parece una dirección de correo electrónico (nombre@example.org). Corríjala, o déjela vacía.</translation>
    </message>
    <message>
        <source>Names and jurisdictions are limited to 200 characters.</source>
        <translation>Los nombres y las jurisdicciones tienen un límite de 200 caracteres.</translation>
    </message>
    <message>
        <source>same email address</source>
        <translation>mismo correo electrónico</translation>
    </message>
    <message>
        <source>same name and jurisdiction</source>
        <translation>mismo nombre y jurisdicción</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Agregar a %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar a %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar a %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is on the roster of %n workshop(s), so the record stays (attendance and certificates refer to it). Cancel the registration instead.</source>
        <translation>
            <numerusform>%1 figura en la lista de participantes de %n taller, así que sus datos se conservan (la asistencia y los certificados hacen referencia a ellos). Cancele su registro en su lugar.</numerusform>
            <numerusform>%1 figura en la lista de participantes de %n talleres, así que sus datos se conservan (la asistencia y los certificados hacen referencia a ellos). Cancele su registro en su lugar.</numerusform>
        </translation>
    </message>
    <message>
        <source>City Manager</source>
        <translation>Administrador municipal</translation>
    </message>
    <message>
        <source>Assistant City Manager</source>
        <translation>Administrador municipal adjunto</translation>
    </message>
    <message>
        <source>Police Chief</source>
        <translation>Jefe de policía</translation>
    </message>
    <message>
        <source>Fire Chief</source>
        <translation>Jefe de bomberos</translation>
    </message>
    <message>
        <source>Public Safety Director</source>
        <translation>Director de seguridad pública</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>En lista de espera</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>“%1” is closed, so its roster is final. Set its status back to Live or Planned to change it.</source>
        <translation>“%1” está cerrado, así que su lista de participantes es definitiva. Vuelva a poner su estado en En vivo o Planificado para cambiarla.</translation>
    </message>
    <message>
        <source>%1 was also taken off the %2 team.</source>
        <translation>%1 también se retiró del equipo de %2.</translation>
    </message>
    <message>
        <source>%1 is already registered for this workshop.</source>
        <translation>%1 ya está registrado en este taller.</translation>
    </message>
    <message>
        <source>%1 is already on the waitlist for this workshop (number %2).</source>
        <translation>%1 ya está en la lista de espera de este taller (número %2).</translation>
    </message>
    <message>
        <source>The workshop is full (%1 of %2 places taken), so %3 is on the waitlist at number %4.</source>
        <translation>El taller está lleno (%1 de %2 plazas ocupadas), así que %3 queda en la lista de espera con el número %4.</translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation>Registrar a %1</translation>
    </message>
    <message>
        <source>Add %1 to the roster</source>
        <translation>Agregar a %1 a la lista de participantes</translation>
    </message>
    <message>
        <source>Cancel %1&apos;s registration</source>
        <translation>Cancelar el registro de %1</translation>
    </message>
    <message>
        <source>%1 is not on this workshop&apos;s roster.</source>
        <translation>%1 no está en la lista de participantes de este taller.</translation>
    </message>
    <message>
        <source>%1&apos;s registration is already cancelled.</source>
        <translation>El registro de %1 ya está cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>A place is free, and %n person(s) are on the waitlist.</source>
        <translation>
            <numerusform>Hay una plaza libre y %n persona en la lista de espera.</numerusform>
            <numerusform>Hay una plaza libre y %n personas en la lista de espera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to the waitlist</source>
        <translation>Pasar a %1 a la lista de espera</translation>
    </message>
    <message>
        <source>Only registered people can be moved to the waitlist; %1 is not registered.</source>
        <translation>Solo las personas registradas pueden pasar a la lista de espera; %1 no está registrado.</translation>
    </message>
    <message>
        <source>%1 is now number %2 on the waitlist.</source>
        <translation>%1 tiene ahora el número %2 en la lista de espera.</translation>
    </message>
    <message>
        <source>Give %1 a place</source>
        <translation>Dar una plaza a %1</translation>
    </message>
    <message>
        <source>%1 is already registered.</source>
        <translation>%1 ya está registrado.</translation>
    </message>
    <message>
        <source>The workshop is full (%1 of %2 places). Raise the number of places on the Overview tab, or cancel a registration first.</source>
        <translation>El taller está lleno (%1 de %2 plazas). Aumente el número de plazas en la pestaña Resumen, o cancele primero un registro.</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <source>jurisdiction</source>
        <translation>jurisdicción</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>the %1 is %2 characters long; the limit is %3</source>
        <translation>el campo %1 tiene %2 caracteres; el límite es %3</translation>
    </message>
    <message>
        <source>%1 is already in the file (%2); skipped at review</source>
        <translation>%1 ya está en el archivo (%2); se omitió en la revisión</translation>
    </message>
    <message>
        <source>the same person as line %1 (%2)</source>
        <translation>la misma persona que la línea %1 (%2)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>Rows read: %1. New people: %2. People already in the file: %3. Registered: %4. On the waitlist: %5. Likely duplicates: %6. Skipped: %7.</source>
        <translation>Filas leídas: %1. Personas nuevas: %2. Personas ya en el archivo: %3. Registradas: %4. En lista de espera: %5. Posibles duplicados: %6. Omitidas: %7.</translation>
    </message>
    <message>
        <source>“%1” has %2 places left of %3, so the last %4 go on the waitlist.</source>
        <translation>A “%1” le quedan %2 plazas de %3, así que las últimas %4 personas pasan a la lista de espera.</translation>
    </message>
    <message>
        <source>“%1” is closed, so its roster is final. Set its status back to Live or Planned to import people into it.</source>
        <translation>“%1” está cerrado, así que su lista de participantes es definitiva. Vuelva a poner su estado en En vivo o Planificado para importar personas.</translation>
    </message>
    <message>
        <source>nothing in the imported columns</source>
        <translation>nada en las columnas importadas</translation>
    </message>
    <message>
        <source>no last name</source>
        <translation>sin apellido</translation>
    </message>
    <message>
        <source>email “%1” is not an email address</source>
        <translation>el correo electrónico “%1” no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>%1 is already registered for this workshop</source>
        <translation>%1 ya está registrado en este taller</translation>
    </message>
    <message>
        <source>%1 is already on this workshop&apos;s waitlist</source>
        <translation>%1 ya está en la lista de espera de este taller</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Se canceló la importación; no se escribió nada.</translation>
    </message>
    <message>
        <source>“%1” is closed, so its roster is final.</source>
        <translation>“%1” está cerrado, así que su lista de participantes es definitiva.</translation>
    </message>
    <message>
        <source>The roster of “%1” changed after the import was planned. Start the import again.</source>
        <translation>La lista de participantes de “%1” cambió después de planificar la importación. Vuelva a iniciar la importación.</translation>
    </message>
    <message>
        <source>Nothing to import: every row of “%1” is skipped. See the reasons listed.</source>
        <translation>No hay nada que importar: se omiten todas las filas de “%1”. Vea los motivos indicados.</translation>
    </message>
    <message>
        <source>Import the roster from “%1”</source>
        <translation>Importar la lista de participantes desde “%1”</translation>
    </message>
    <message>
        <source>“%1” had %2 places left, so %3 of the people imported are on the waitlist.</source>
        <translation>A “%1” le quedaban %2 plazas, así que %3 de las personas importadas están en la lista de espera.</translation>
    </message>
    <message>
        <source>No members yet</source>
        <translation>Aún no hay miembros</translation>
    </message>
    <message>
        <source>No manager: add the city manager or an assistant city manager</source>
        <translation>Sin administrador: agregue al administrador municipal o a un administrador municipal adjunto</translation>
    </message>
    <message>
        <source>No chief: add the police chief or public safety director</source>
        <translation>Sin jefe: agregue al jefe de policía o al director de seguridad pública</translation>
    </message>
    <message>
        <source>This workshop is closed, so its teams are final. Set its status back to Live or Planned to change them.</source>
        <translation>Este taller está cerrado, así que sus equipos son definitivos. Vuelva a poner su estado en En vivo o Planificado para cambiarlos.</translation>
    </message>
    <message>
        <source>%1 is not enrolled in this workshop. Add them to the roster first.</source>
        <translation>%1 no está inscrito en este taller. Agréguelo primero a la lista de participantes.</translation>
    </message>
    <message>
        <source>%1 is %2, not registered; only registered people can be on a team.</source>
        <translation>%1 está %2, no registrado; solo las personas registradas pueden estar en un equipo.</translation>
    </message>
    <message>
        <source>on the waitlist</source>
        <translation>en la lista de espera</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>%1 moved from the %2 team.</source>
        <translation>%1 se movió desde el equipo de %2.</translation>
    </message>
    <message>
        <source>A team needs the name of its jurisdiction (the city or county it comes from).</source>
        <translation>Un equipo necesita el nombre de su jurisdicción (la ciudad o el condado de donde proviene).</translation>
    </message>
    <message>
        <source>Form the %1 team</source>
        <translation>Formar el equipo de %1</translation>
    </message>
    <message>
        <source>Edit the %1 team</source>
        <translation>Editar el equipo de %1</translation>
    </message>
    <message>
        <source>Change a team&apos;s members</source>
        <translation>Cambiar los miembros de un equipo</translation>
    </message>
    <message>
        <source>Change the %1 team&apos;s members</source>
        <translation>Cambiar los miembros del equipo de %1</translation>
    </message>
    <message>
        <source>Add to a team</source>
        <translation>Agregar a un equipo</translation>
    </message>
    <message>
        <source>Put %1 in the %2 team</source>
        <translation>Poner a %1 en el equipo de %2</translation>
    </message>
    <message>
        <source>Put %1 people in the %2 team</source>
        <translation>Poner a %1 personas en el equipo de %2</translation>
    </message>
    <message>
        <source>Take people off their team</source>
        <translation>Quitar a personas de su equipo</translation>
    </message>
    <message>
        <source>Delete a team</source>
        <translation>Eliminar un equipo</translation>
    </message>
    <message>
        <source>Delete the %1 team</source>
        <translation>Eliminar el equipo de %1</translation>
    </message>
    <message>
        <source>No teams were chosen.</source>
        <translation>No se eligió ningún equipo.</translation>
    </message>
    <message numerus="yes">
        <source>Form %n suggested team(s)</source>
        <translation>
            <numerusform>Formar %n equipo sugerido</numerusform>
            <numerusform>Formar %n equipos sugeridos</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not copy “%1” to “%2”. Check that there is room on the disk.</source>
        <translation>No se pudo copiar “%1” en “%2”. Compruebe que hay espacio en el disco.</translation>
    </message>
    <message>
        <source>Could not write “%1” to the disk: %2</source>
        <translation>No se pudo escribir “%1” en el disco: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Roundtable file.</source>
        <translation>“%1” no es un archivo de Roundtable.</translation>
    </message>
    <message>
        <source>“%1” was made by a newer Roundtable (schema %2); this version reads up to schema %3.</source>
        <translation>“%1” fue creado por una versión más reciente de Roundtable (esquema %2); esta versión lee hasta el esquema %3.</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>“%1” está dañado: %2</translation>
    </message>
    <message>
        <source>“%1” is damaged (the database reports: %2).</source>
        <translation>“%1” está dañado (la base de datos informa: %2).</translation>
    </message>
    <message>
        <source>No backup of “%1” was made: %2</source>
        <translation>No se hizo una copia de seguridad de “%1”: %2</translation>
    </message>
    <message>
        <source>the folder “%1” cannot be created. Check that it can be written to.</source>
        <translation>no se puede crear la carpeta “%1”. Compruebe que se puede escribir en ella.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name.</source>
        <translation>“%1” ya existe. Elija otro nombre.</translation>
    </message>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>no se puede leer el archivo (%1).</translation>
    </message>
    <message>
        <source>“%1” cannot be written (%2).</source>
        <translation>no se puede escribir “%1” (%2).</translation>
    </message>
    <message>
        <source>copying it failed (%1). Check that there is room on the disk.</source>
        <translation>falló la copia (%1). Compruebe que hay espacio en el disco.</translation>
    </message>
    <message>
        <source>it could not be written to the disk (%1).</source>
        <translation>no se pudo escribir en el disco (%1).</translation>
    </message>
    <message>
        <source>the copy failed its check and was removed. %1</source>
        <translation>la copia no pasó su verificación y se eliminó. %1</translation>
    </message>
    <message>
        <source>its folder could not be written to the disk (%1).</source>
        <translation>no se pudo escribir su carpeta en el disco (%1).</translation>
    </message>
    <message>
        <source>Nothing was restored; “%1” is as it was. %2</source>
        <translation>No se restauró nada; “%1” está como estaba. %2</translation>
    </message>
    <message>
        <source>The backup cannot be used: %1</source>
        <translation>No se puede usar la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>The current state could not be backed up first. %1</source>
        <translation>No se pudo hacer primero una copia de seguridad del estado actual. %1</translation>
    </message>
    <message>
        <source>The current file could not be kept first. %1</source>
        <translation>No se pudo conservar primero el archivo actual. %1</translation>
    </message>
    <message>
        <source>The backup was put in place, but its folder could not be written to the disk: %1</source>
        <translation>La copia de seguridad se colocó en su lugar, pero su carpeta no se pudo escribir en el disco: %1</translation>
    </message>
    <message>
        <source>Restored the backup “%1”</source>
        <translation>Se restauró la copia de seguridad “%1”</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <source>Internal error: the file is not open through SQLite.</source>
        <translation>Error interno: el archivo no está abierto mediante SQLite.</translation>
    </message>
    <message>
        <source>the change journal</source>
        <translation>el registro de cambios</translation>
    </message>
    <message>
        <source>Internal error: unknown table “%1”.</source>
        <translation>Error interno: tabla desconocida “%1”.</translation>
    </message>
    <message>
        <source>Internal error: bad column name “%1”.</source>
        <translation>Error interno: nombre de columna incorrecto “%1”.</translation>
    </message>
    <message>
        <source>Internal error: %1 values for %2 columns.</source>
        <translation>Error interno: %1 valores para %2 columnas.</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade from schema %2 to %3, and Roundtable backs a file up before upgrading it. %4 The file was not upgraded and is as it was; make room on the disk or check the backup folder “%5”, then open it again.</source>
        <translation>“%1” necesita una actualización del esquema %2 al %3, y Roundtable hace una copia de seguridad de un archivo antes de actualizarlo. %4 El archivo no se actualizó y quedó como estaba; libere espacio en el disco o revise la carpeta de copias de seguridad “%5” y luego vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>“%1” is a database made by another program, not a Roundtable file. Roundtable leaves it untouched; choose a file ending in .roundtable.</source>
        <translation>“%1” es una base de datos creada por otro programa, no un archivo de Roundtable. Roundtable no la modifica; elija un archivo que termine en .roundtable.</translation>
    </message>
    <message>
        <source>“%1” was made by a newer Roundtable (schema %2); this version reads up to schema %3. Install the newer Roundtable to open it; the file was not changed.</source>
        <translation>“%1” fue creado por una versión más reciente de Roundtable (esquema %2); esta versión lee hasta el esquema %3. Instale la versión más reciente de Roundtable para abrirlo; el archivo no se modificó.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read (%2). Restore a backup of it.</source>
        <translation>“%1” está dañado y no se puede leer (%2). Restaure una copia de seguridad del archivo.</translation>
    </message>
    <message>
        <source>“%1” is damaged (the database reports: %2). Restore a backup of it.</source>
        <translation>“%1” está dañado (la base de datos informa: %2). Restaure una copia de seguridad del archivo.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>No se pudo abrir “%1”: %2</translation>
    </message>
    <message>
        <source>%1 The file also needs an upgrade to this version of Roundtable, which only the window that has it open can make: close it there first.</source>
        <translation>%1 Además, el archivo necesita una actualización a esta versión de Roundtable, que solo puede hacer la ventana que lo tiene abierto: ciérrelo allí primero.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>No se guardó. %1</translation>
    </message>
    <message>
        <source>Could not set up “%1”</source>
        <translation>No se pudo preparar “%1”</translation>
    </message>
    <message>
        <source>%1: the file system does not allow the safe journal mode Roundtable needs. Copy the file to a local disk and open it there.</source>
        <translation>%1: el sistema de archivos no permite el modo de registro seguro que Roundtable necesita. Copie el archivo a un disco local y ábralo allí.</translation>
    </message>
    <message>
        <source>Internal error: the file&apos;s check never finished.</source>
        <translation>Error interno: la verificación del archivo nunca terminó.</translation>
    </message>
    <message>
        <source>%1 Nothing was written to it.</source>
        <translation>%1 No se escribió nada en él.</translation>
    </message>
    <message>
        <source>“%1” already exists. Open it, or choose another name for the new file.</source>
        <translation>“%1” ya existe. Ábralo o elija otro nombre para el archivo nuevo.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name for the new file.</source>
        <translation>“%1” es una carpeta. Elija un nombre de archivo para el archivo nuevo.</translation>
    </message>
    <message>
        <source>“%1” is still open in Roundtable (or was not closed properly). Open it once and close it, or choose another name.</source>
        <translation>“%1” todavía está abierto en Roundtable (o no se cerró correctamente). Ábralo una vez y ciérrelo, o elija otro nombre.</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <source>Could not start saving</source>
        <translation>No se pudo comenzar a guardar</translation>
    </message>
    <message>
        <source>Could not record the schema version</source>
        <translation>No se pudo registrar la versión del esquema</translation>
    </message>
    <message>
        <source>A schema step failed</source>
        <translation>Falló un paso del esquema</translation>
    </message>
    <message>
        <source>Could not start reading</source>
        <translation>No se pudo comenzar a leer</translation>
    </message>
    <message>
        <source>It opens read-only here; close it there to make changes.</source>
        <translation>Aquí se abre en solo lectura; ciérrelo allí para hacer cambios.</translation>
    </message>
    <message>
        <source>“%1” is open in Roundtable elsewhere. %2</source>
        <translation>“%1” está abierto en Roundtable en otro lugar. %2</translation>
    </message>
    <message>
        <source>“%1” is open in Roundtable on this computer (process %2) since %3. %4</source>
        <translation>“%1” está abierto en Roundtable en esta computadora (proceso %2) desde %3. %4</translation>
    </message>
    <message>
        <source>“%1” is open in Roundtable on the computer “%2” since %3. %4</source>
        <translation>“%1” está abierto en Roundtable en la computadora “%2” desde %3. %4</translation>
    </message>
    <message>
        <source>Roundtable could not mark “%1” as in use (it keeps “%2” beside it while the file is open), so it opens read-only here. Check that the folder can be written to.</source>
        <translation>Roundtable no pudo marcar “%1” como en uso (mantiene “%2” junto a él mientras el archivo está abierto), por lo que aquí se abre en solo lectura. Verifique que se pueda escribir en la carpeta.</translation>
    </message>
    <message>
        <source>“%1” is open in Roundtable (or was not closed properly). Close it, or open and close it once, then try again.</source>
        <translation>“%1” está abierto en Roundtable (o no se cerró correctamente). Ciérrelo, o ábralo y ciérrelo una vez, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>No se pudo escribir “%1”: %2</translation>
    </message>
    <message>
        <source>No file was given. Choose a Roundtable file to open.</source>
        <translation>No se indicó ningún archivo. Elija un archivo de Roundtable para abrir.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Check the path, or choose a file in another folder.</source>
        <translation>La carpeta “%1” no existe. Revise la ruta o elija un archivo en otra carpeta.</translation>
    </message>
    <message>
        <source>There is no file at “%1”. Check the name, or use File &gt; New to start a new file.</source>
        <translation>No hay ningún archivo en “%1”. Revise el nombre o use Archivo &gt; Nuevo archivo para comenzar un archivo nuevo.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Roundtable file. Choose a file inside it.</source>
        <translation>“%1” es una carpeta, no un archivo de Roundtable. Elija un archivo dentro de ella.</translation>
    </message>
    <message>
        <source>Roundtable is not allowed to read “%1”. Ask the file&apos;s owner for read and write permission.</source>
        <translation>Roundtable no tiene permiso para leer “%1”. Pida al propietario del archivo permiso de lectura y escritura.</translation>
    </message>
    <message>
        <source>No file name was given. Choose where to save the new file.</source>
        <translation>No se indicó ningún nombre de archivo. Elija dónde guardar el archivo nuevo.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Create it first, or choose another folder.</source>
        <translation>La carpeta “%1” no existe. Créela primero o elija otra carpeta.</translation>
    </message>
    <message>
        <source>Roundtable cannot write in the folder “%1”. Choose a folder you can write to.</source>
        <translation>Roundtable no puede escribir en la carpeta “%1”. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>“%1” is read-only. Roundtable saves every change the moment it is made, so it needs a file it can write: remove the read-only mark, or copy the file to a folder of yours and open the copy.</source>
        <translation>“%1” es de solo lectura. Roundtable guarda cada cambio en el momento en que se hace, por lo que necesita un archivo en el que pueda escribir: quite la marca de solo lectura, o copie el archivo a una carpeta suya y abra la copia.</translation>
    </message>
    <message>
        <source>The folder “%1” is read-only. Roundtable keeps a small journal file beside the file while it is open: copy the file to a folder you can write to and open the copy.</source>
        <translation>La carpeta “%1” es de solo lectura. Roundtable mantiene un pequeño archivo de registro junto al archivo mientras está abierto: copie el archivo a una carpeta en la que pueda escribir y abra la copia.</translation>
    </message>
    <message>
        <source>Roundtable could not read “%1”: %2.</source>
        <translation>Roundtable no pudo leer “%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes), so it holds no workshops. It may be a failed copy: find the original, or restore a backup.</source>
        <translation>“%1” está vacío (0 bytes), por lo que no contiene talleres. Puede ser una copia fallida: busque el original o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>“%1” is not a Roundtable file (it is not a database at all). Choose a file ending in .roundtable.</source>
        <translation>“%1” no es un archivo de Roundtable (ni siquiera es una base de datos). Elija un archivo que termine en .roundtable.</translation>
    </message>
    <message>
        <source>“%1” is truncated: only %2 bytes are left of it. It may have been copied incompletely; copy it again or restore a backup.</source>
        <translation>“%1” está truncado: solo quedan %2 bytes. Es posible que se haya copiado de forma incompleta; cópielo de nuevo o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its header is not readable. Restore a backup of it.</source>
        <translation>“%1” está dañado: su encabezado no se puede leer. Restaure una copia de seguridad del archivo.</translation>
    </message>
    <message>
        <source>“%1” is truncated: it is %2 bytes, but its header says %3. It may have been copied incompletely; copy it again or restore a backup.</source>
        <translation>“%1” está truncado: tiene %2 bytes, pero su encabezado indica %3. Es posible que se haya copiado de forma incompleta; cópielo de nuevo o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Could not write the change journal</source>
        <translation>No se pudo escribir el registro de cambios</translation>
    </message>
    <message>
        <source>Internal error: the schema step %1 is missing from this build.</source>
        <translation>Error interno: falta el paso de esquema %1 en esta compilación.</translation>
    </message>
    <message>
        <source>workshops, people, enrollments and teams</source>
        <translation>talleres, personas, inscripciones y equipos</translation>
    </message>
    <message>
        <source>the program catalog, practice groups and pricing</source>
        <translation>el catálogo de programas, los grupos de práctica y las tarifas</translation>
    </message>
    <message>
        <source>attendance blocks, check-ins and credit rules</source>
        <translation>bloques de asistencia, registros de llegada y reglas de crédito</translation>
    </message>
    <message>
        <source>the agenda and its templates</source>
        <translation>la agenda y sus plantillas</translation>
    </message>
    <message>
        <source>discussion rounds, groups, report-outs and votes</source>
        <translation>rondas de discusión, grupos, informes de los grupos y votaciones</translation>
    </message>
    <message>
        <source>assessments, workload worksheets and action plans</source>
        <translation>evaluaciones, hojas de carga de trabajo y planes de acción</translation>
    </message>
    <message>
        <source>stations sharing a server</source>
        <translation>estaciones que comparten un servidor</translation>
    </message>
    <message>
        <source>Could not bring the file up to schema %1 (%2): %3 The file was left as it was, at schema %4.</source>
        <translation>No se pudo llevar el archivo al esquema %1 (%2): %3 El archivo quedó como estaba, en el esquema %4.</translation>
    </message>
    <message>
        <source>Internal error: %1 is not a table of this file.</source>
        <translation>Error interno: %1 no es una tabla de este archivo.</translation>
    </message>
    <message>
        <source>Internal error: unknown table %1.</source>
        <translation>Error interno: tabla desconocida %1.</translation>
    </message>
    <message>
        <source>“%1” is neither a number nor a UUID.</source>
        <translation>“%1” no es un número ni un UUID.</translation>
    </message>
    <message>
        <source>Nothing in this file has the number or UUID “%1”.</source>
        <translation>Nada en este archivo tiene el número o UUID “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Write it as %2.</source>
        <translation>“%1” no es una dirección de servidor. Escríbala como %2.</translation>
    </message>
    <message>
        <source>“%1” is not a valid server address (%2). Write it as %3.</source>
        <translation>“%1” no es una dirección de servidor válida (%2). Escríbala como %3.</translation>
    </message>
    <message>
        <source>“%1” names no database. Add it after the host, as in %2.</source>
        <translation>“%1” no indica ninguna base de datos. Agréguela después del host, como en %2.</translation>
    </message>
    <message>
        <source>“%1” names no user. Add it before the host, as in %2.</source>
        <translation>“%1” no indica ningún usuario. Agréguelo antes del host, como en %2.</translation>
    </message>
    <message>
        <source>“%1” is not a TLS mode; use disable, prefer, require, verify-ca or verify-full.</source>
        <translation>“%1” no es un modo TLS; use disable, prefer, require, verify-ca o verify-full.</translation>
    </message>
    <message>
        <source>The server address option “%1” is not known; only sslmode is.</source>
        <translation>La opción de dirección del servidor “%1” no se reconoce; solo se reconoce sslmode.</translation>
    </message>
    <message>
        <source>“%1” on %2 as %3</source>
        <translation>“%1” en %2 como %3</translation>
    </message>
    <message>
        <source>The database %1 already holds tables of another program. Roundtable leaves them untouched; ask for an empty database of its own.</source>
        <translation>La base de datos %1 ya contiene tablas de otro programa. Roundtable no las modifica; solicite una base de datos vacía exclusiva para Roundtable.</translation>
    </message>
    <message>
        <source>The database %1 belongs to another program, not Roundtable. It was left untouched.</source>
        <translation>La base de datos %1 pertenece a otro programa, no a Roundtable. No se modificó.</translation>
    </message>
    <message>
        <source>The database %1 was set up by a newer Roundtable (schema %2); this version reads up to schema %3. Install the newer Roundtable on this computer; nothing was changed on the server.</source>
        <translation>La base de datos %1 fue preparada por una versión más reciente de Roundtable (esquema %2); esta versión lee hasta el esquema %3. Instale la versión más reciente de Roundtable en esta computadora; no se modificó nada en el servidor.</translation>
    </message>
    <message>
        <source>This computer lacks the PostgreSQL driver Roundtable needs to reach a server (Qt&apos;s QPSQL plugin, Debian package libqt6sql6-psql). Install it and connect again.</source>
        <translation>A esta computadora le falta el controlador de PostgreSQL que Roundtable necesita para conectarse a un servidor (el complemento QPSQL de Qt, paquete de Debian libqt6sql6-psql). Instálelo y vuelva a conectarse.</translation>
    </message>
    <message>
        <source>The server asks for the password of %1 for %2, and the one given was missing or wrong. Enter it again.</source>
        <translation>El servidor solicita la contraseña de %1 para %2, y la proporcionada faltaba o era incorrecta. Ingrésela de nuevo.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2 Check the address and that this computer can reach the server.</source>
        <translation>No se pudo conectar a %1: %2 Revise la dirección y que esta computadora pueda comunicarse con el servidor.</translation>
    </message>
    <message>
        <source>Could not ask %1 for other stations&apos; changes: %2</source>
        <translation>No se pudieron solicitar a %1 los cambios de otras estaciones: %2</translation>
    </message>
    <message>
        <source>Not saved: the connection to %1 was lost (%2). Nothing was changed on the server; try again when the network is back.</source>
        <translation>No se guardó: se perdió la conexión con %1 (%2). No se modificó nada en el servidor; vuelva a intentarlo cuando se restablezca la red.</translation>
    </message>
    <message>
        <source>%1: the file is busy (another Roundtable window or program is writing to it). Try again in a moment.</source>
        <translation>%1: el archivo está ocupado (otra ventana de Roundtable u otro programa está escribiendo en él). Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>%1: the disk is full. Free some space and try again.</source>
        <translation>%1: el disco está lleno. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not prepare a database statement</source>
        <translation>No se pudo preparar una instrucción de base de datos</translation>
    </message>
    <message>
        <source>The database refused a statement</source>
        <translation>La base de datos rechazó una instrucción</translation>
    </message>
    <message>
        <source>Internal error: the change was already finished.</source>
        <translation>Error interno: el cambio ya había terminado.</translation>
    </message>
    <message>
        <source>Could not save the change</source>
        <translation>No se pudo guardar el cambio</translation>
    </message>
    <message>
        <source>“%1” cannot be %2: part of it was changed afterwards by something else.</source>
        <translation>No se puede %2 “%1”: otra cosa modificó parte de ello después.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>deshacer</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>rehacer</translation>
    </message>
    <message>
        <source>“%1” cannot be %2: %3 changed part of it at another station at %4 (“%5”). Nothing was changed; the view now shows their change.</source>
        <translation>No se puede %2 “%1”: %3 modificó parte de ello en otra estación a las %4 (“%5”). No se modificó nada; la vista ahora muestra su cambio.</translation>
    </message>
    <message>
        <source>That record no longer exists (it may have been removed in the meantime).</source>
        <translation>Ese registro ya no existe (es posible que se haya eliminado mientras tanto).</translation>
    </message>
    <message>
        <source>Not saved: %1 changed this at another station at %2 (“%3”), after this window last showed it. The view now shows their change; make yours again if it still applies.</source>
        <translation>No se guardó: %1 modificó esto en otra estación a las %2 (“%3”), después de la última vez que esta ventana lo mostró. La vista ahora muestra su cambio; vuelva a hacer el suyo si todavía corresponde.</translation>
    </message>
    <message>
        <source>Correct %1 first.</source>
        <translation>Corrija primero %1.</translation>
    </message>
    <message>
        <source>To see this figure, fill in: %1.</source>
        <translation>Para ver esta cifra, complete: %1.</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 debe ser un número.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be negative.</source>
        <translation>%1 no puede ser negativo.</translation>
    </message>
    <message>
        <source>%1 must be more than 0.</source>
        <translation>%1 debe ser mayor que 0.</translation>
    </message>
    <message>
        <source>Patrol officers can&apos;t be more than sworn officers: patrol officers are sworn officers too.</source>
        <translation>Los agentes de patrullaje no pueden ser más que los agentes juramentados: los agentes de patrullaje también son agentes juramentados.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be more than the %2 hours in a year.</source>
        <translation>%1 no puede ser mayor que las %2 horas de un año.</translation>
    </message>
    <message>
        <source>This ratio counts staff, not work: the workshop material recommends judging staffing by workload (the saturation index) rather than by officers per 1,000 residents.</source>
        <translation>Esta proporción cuenta personal, no trabajo: el material del taller recomienda evaluar la dotación según la carga de trabajo (el índice de saturación) y no según los agentes por cada 1,000 habitantes.</translation>
    </message>
    <message>
        <source>%1 sworn officers per 1,000 residents.</source>
        <translation>%1 agentes juramentados por cada 1,000 habitantes.</translation>
    </message>
    <message>
        <source>%1 of sworn officers are on patrol, fewer than the Rule of 60&apos;s rule of thumb of about 60%. Ask where the other officers are assigned and why.</source>
        <translation>El %1 de los agentes juramentados está en patrullaje, menos que el valor de referencia de la Regla de 60, de alrededor del 60%. Pregunte dónde están asignados los demás agentes y por qué.</translation>
    </message>
    <message>
        <source>%1 of sworn officers are on patrol, more than the Rule of 60&apos;s rule of thumb of about 60%. Check whether investigations and other functions are thinly staffed.</source>
        <translation>El %1 de los agentes juramentados está en patrullaje, más que el valor de referencia de la Regla de 60, de alrededor del 60%. Verifique si las investigaciones y otras funciones tienen poco personal.</translation>
    </message>
    <message>
        <source>%1 of sworn officers are on patrol, close to the Rule of 60&apos;s rule of thumb of about 60%.</source>
        <translation>El %1 de los agentes juramentados está en patrullaje, cerca del valor de referencia de la Regla de 60, de alrededor del 60%.</translation>
    </message>
    <message>
        <source>Calls for service take %1 of patrol&apos;s available time (%2 of %3 hours a year).</source>
        <translation>Las llamadas de servicio ocupan el %1 del tiempo disponible del patrullaje (%2 de %3 horas al año).</translation>
    </message>
    <message>
        <source>That is within the Rule of 60&apos;s limit of 60%: patrol has time left for proactive work.</source>
        <translation>Eso está dentro del límite del 60% de la Regla de 60: al patrullaje le queda tiempo para trabajo proactivo.</translation>
    </message>
    <message>
        <source>That is above the Rule of 60&apos;s limit of 60%. Above 60%, officers spend most of their shift answering calls, with little time for community policing and problem solving.</source>
        <translation>Eso supera el límite del 60% de la Regla de 60. Por encima del 60%, los agentes dedican la mayor parte de su turno a atender llamadas, con poco tiempo para la policía comunitaria y la resolución de problemas.</translation>
    </message>
    <message>
        <source>Sworn officers</source>
        <translation>Agentes juramentados</translation>
    </message>
    <message>
        <source>Patrol officers</source>
        <translation>Agentes de patrullaje</translation>
    </message>
    <message>
        <source>Calls for service per year</source>
        <translation>Llamadas de servicio por año</translation>
    </message>
    <message>
        <source>Minutes per call</source>
        <translation>Minutos por llamada</translation>
    </message>
    <message>
        <source>Officers per call</source>
        <translation>Agentes por llamada</translation>
    </message>
    <message>
        <source>Net available hours per officer</source>
        <translation>Horas netas disponibles por agente</translation>
    </message>
    <message>
        <source>Residents of the jurisdiction.</source>
        <translation>Residentes de la jurisdicción.</translation>
    </message>
    <message>
        <source>Every sworn officer in the department, whatever the assignment.</source>
        <translation>Todos los agentes juramentados del departamento, sea cual sea su asignación.</translation>
    </message>
    <message>
        <source>Sworn officers assigned to patrol, who answer calls for service.</source>
        <translation>Agentes juramentados asignados al patrullaje, que atienden las llamadas de servicio.</translation>
    </message>
    <message>
        <source>Calls for service patrol answers in a year.</source>
        <translation>Llamadas de servicio que atiende el patrullaje en un año.</translation>
    </message>
    <message>
        <source>The average time an officer spends on one call, in minutes.</source>
        <translation>El tiempo promedio que un agente dedica a una llamada, en minutos.</translation>
    </message>
    <message>
        <source>The average number of officers who handle one call, such as 1.5.</source>
        <translation>El número promedio de agentes que atienden una llamada, por ejemplo 1.5.</translation>
    </message>
    <message>
        <source>Hours a patrol officer is on duty in a year, after leave, training and other time away.</source>
        <translation>Horas que un agente de patrullaje está en servicio en un año, descontando licencias, capacitación y otras ausencias.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 must be a number, such as %2 (not “%3”).</source>
        <translation>%1 debe ser un número, por ejemplo %2 (no “%3”).</translation>
    </message>
    <message>
        <source>Save a workload worksheet</source>
        <translation>Guardar una hoja de carga de trabajo</translation>
    </message>
    <message>
        <source>Save the workload worksheet for %1</source>
        <translation>Guardar la hoja de carga de trabajo de %1</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money. Write it like 3960 or 3,960.00.</source>
        <translation>“%1” no es un monto de dinero. Escríbalo como 3960 o 3,960.00.</translation>
    </message>
    <message>
        <source>“%1” is too large an amount.</source>
        <translation>“%1” es un monto demasiado grande.</translation>
    </message>
    <message>
        <source>1 half-day workshop</source>
        <translation>1 taller de medio día</translation>
    </message>
    <message>
        <source>%1 half-day sessions (%2)</source>
        <translation>%1 sesiones de medio día (%2)</translation>
    </message>
    <message>
        <source>%1 at %2 each</source>
        <translation>%1 a %2 cada una</translation>
    </message>
    <message>
        <source>Additional fee for a non-affiliated state, %1 × %2</source>
        <translation>Recargo por estado no afiliado, %1 × %2</translation>
    </message>
    <message>
        <source>The host state has no affiliation agreement, so an additional fee applies. Its amount is not set: enter it under Edit &gt; Pricing.</source>
        <translation>El estado anfitrión no tiene acuerdo de afiliación, por lo que se aplica un recargo. Su monto no está definido: ingréselo en Editar &gt; Tarifas.</translation>
    </message>
    <message>
        <source>The fee covers up to %1 participants; this workshop has %2 places. Agree the price of the other %3 places separately.</source>
        <translation>La tarifa cubre hasta %1 participantes; este taller tiene %2 plazas. Acuerde por separado el precio de las otras %3 plazas.</translation>
    </message>
    <message>
        <source>The half-day rate cannot be negative.</source>
        <translation>La tarifa de medio día no puede ser negativa.</translation>
    </message>
    <message>
        <source>The fee must cover at least one participant.</source>
        <translation>La tarifa debe cubrir al menos a un participante.</translation>
    </message>
    <message>
        <source>The additional fee cannot be negative; leave it empty if it is not known.</source>
        <translation>El recargo no puede ser negativo; déjelo vacío si no se conoce.</translation>
    </message>
    <message>
        <source>Change pricing</source>
        <translation>Cambiar tarifas</translation>
    </message>
    <message>
        <source>That venue is no longer in this file.</source>
        <translation>Esa sede ya no está en este archivo.</translation>
    </message>
    <message>
        <source>A venue needs a name.</source>
        <translation>Una sede necesita un nombre.</translation>
    </message>
    <message>
        <source>Edit venue “%1”</source>
        <translation>Editar sede “%1”</translation>
    </message>
    <message>
        <source>Add venue “%1”</source>
        <translation>Agregar sede “%1”</translation>
    </message>
    <message>
        <source>A facilitator needs a name.</source>
        <translation>Un facilitador necesita un nombre.</translation>
    </message>
    <message>
        <source>Edit facilitator “%1”</source>
        <translation>Editar facilitador “%1”</translation>
    </message>
    <message>
        <source>Add facilitator %1</source>
        <translation>Agregar facilitador %1</translation>
    </message>
    <message>
        <source>%1 already facilitates this workshop.</source>
        <translation>%1 ya es facilitador de este taller.</translation>
    </message>
    <message>
        <source>Remove a facilitator</source>
        <translation>Quitar un facilitador</translation>
    </message>
    <message>
        <source>That facilitator is not on this workshop any more.</source>
        <translation>Ese facilitador ya no está en este taller.</translation>
    </message>
    <message>
        <source>Change the lead facilitator</source>
        <translation>Cambiar el facilitador principal</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Half day</source>
        <translation>Medio día</translation>
    </message>
    <message>
        <source>%1½ days</source>
        <translation>%1½ días</translation>
    </message>
    <message>
        <source>no date set</source>
        <translation>sin fecha definida</translation>
    </message>
    <message>
        <source>A workshop needs a title.</source>
        <translation>Un taller necesita un título.</translation>
    </message>
    <message>
        <source>A workshop needs a start date.</source>
        <translation>Un taller necesita una fecha de inicio.</translation>
    </message>
    <message>
        <source>A workshop lasts from half a day to fourteen days.</source>
        <translation>Un taller dura de medio día a catorce días.</translation>
    </message>
    <message>
        <source>The number of places must be between 1 and 10,000.</source>
        <translation>El número de plazas debe estar entre 1 y 10,000.</translation>
    </message>
    <message>
        <source>Workshop %1 is not in this file. Run “info” to list the workshops it holds.</source>
        <translation>El taller %1 no está en este archivo. Ejecute “info” para ver la lista de los talleres que contiene.</translation>
    </message>
    <message>
        <source>Create workshop “%1”</source>
        <translation>Crear taller “%1”</translation>
    </message>
    <message>
        <source>Edit workshop “%1”</source>
        <translation>Editar taller “%1”</translation>
    </message>
    <message>
        <source>%1 people are registered, so the workshop needs at least %1 places. Cancel or waitlist some registrations before lowering the number of places to %2.</source>
        <translation>Hay %1 personas registradas, por lo que el taller necesita al menos %1 plazas. Cancele algunos registros o páselos a la lista de espera antes de reducir el número de plazas a %2.</translation>
    </message>
    <message>
        <source>Delete workshop “%1”</source>
        <translation>Eliminar taller “%1”</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Guardar %1</translation>
    </message>
    <message>
        <source>Wrote %1 to %2 (pages: %3).</source>
        <translation>Se escribió %1 en %2 (páginas: %3).</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote the agenda calendar to %1.</source>
        <translation>Se escribió el calendario de la agenda en %1.</translation>
    </message>
    <message>
        <source>Choose a team on the Action plans page, then print its plan.</source>
        <translation>Elija un equipo en la página Planes de acción y luego imprima su plan.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote the attendance of %1 people to %2.</source>
        <translation>Se escribió la asistencia de %1 personas en %2.</translation>
    </message>
    <message>
        <source>Internal error: unknown document.</source>
        <translation>Error interno: documento desconocido.</translation>
    </message>
    <message>
        <source>Roundtable files (*.roundtable);;All files (*)</source>
        <translation>Archivos de Roundtable (*.roundtable);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>This computer has no keychain Roundtable can use (%1), so the password cannot be remembered here; it is asked each time you connect.</source>
        <translation>Esta computadora no tiene un llavero que Roundtable pueda usar (%1), por lo que la contraseña no se puede recordar aquí; se solicitará cada vez que se conecte.</translation>
    </message>
    <message>
        <source>The password was not remembered: %1</source>
        <translation>No se recordó la contraseña: %1</translation>
    </message>
    <message>
        <source>The remembered password could not be removed from the keychain: %1</source>
        <translation>No se pudo quitar del llavero la contraseña recordada: %1</translation>
    </message>
    <message>
        <source>%1 no answers</source>
        <translation>%1 sin respuestas</translation>
    </message>
    <message>
        <source>Sign-in Sheets</source>
        <translation>Hojas de firmas</translation>
    </message>
    <message>
        <source>Attendance Record</source>
        <translation>Registro de asistencia</translation>
    </message>
    <message>
        <source>Certificates of Attendance</source>
        <translation>Certificados de asistencia</translation>
    </message>
    <message>
        <source>Name Tents</source>
        <translation>Tarjetas de nombre</translation>
    </message>
    <message>
        <source>Attendance Spreadsheet</source>
        <translation>Hoja de cálculo de asistencia</translation>
    </message>
    <message>
        <source>Facilitators&apos; Agenda</source>
        <translation>Agenda para facilitadores</translation>
    </message>
    <message>
        <source>Agenda Calendar</source>
        <translation>Calendario de la agenda</translation>
    </message>
    <message>
        <source>Group Lists</source>
        <translation>Listas de grupos</translation>
    </message>
    <message>
        <source>Discussion Summary</source>
        <translation>Resumen de la discusión</translation>
    </message>
    <message>
        <source>Action Plans</source>
        <translation>Planes de acción</translation>
    </message>
    <message>
        <source>Team Action Plan</source>
        <translation>Plan de acción del equipo</translation>
    </message>
    <message>
        <source>Outcome Report</source>
        <translation>Informe de resultados</translation>
    </message>
    <message>
        <source>Take Workshop Offline</source>
        <translation>Llevar el taller sin conexión</translation>
    </message>
    <message>
        <source>Take the workshop offline into a file</source>
        <translation>Llevar el taller sin conexión a un archivo</translation>
    </message>
    <message>
        <source>Roundtable files (*.roundtable)</source>
        <translation>Archivos de Roundtable (*.roundtable)</translation>
    </message>
    <message>
        <source>“%1” is now also in “%2”, with its people, agenda, attendance and history.

Open that file at the venue and work in it there. Back on the network, connect to the server and choose File &gt; Merge from… with the file: the venue&apos;s changes come in, and anything changed at both ends is listed.</source>
        <translation>“%1” ahora también está en “%2”, con sus personas, agenda, asistencia e historial.

Abra ese archivo en la sede y trabaje en él allí. De vuelta en la red, conéctese al servidor y elija Archivo &gt; Combinar desde… con el archivo: se incorporan los cambios de la sede, y se enumera todo lo que se haya modificado en ambos lados.</translation>
    </message>
    <message>
        <source>%1/%2 before · %3/%2 after</source>
        <translation>%1/%2 antes · %3/%2 después</translation>
    </message>
    <message>
        <source>M</source>
        <translation>A</translation>
    </message>
    <message>
        <source>C</source>
        <translation>J</translation>
    </message>
    <message>
        <source>A gap of %1 or more points between manager and chief</source>
        <translation>Una brecha de %1 o más puntos entre el administrador y el jefe</translation>
    </message>
    <message>
        <source>The score of 1 person</source>
        <translation>La puntuación de 1 persona</translation>
    </message>
    <message>
        <source>The mean of %1 people&apos;s scores</source>
        <translation>La media de las puntuaciones de %1 personas</translation>
    </message>
    <message>
        <source>● Within the rule</source>
        <translation>● Dentro de la regla</translation>
    </message>
    <message>
        <source>▲ Near the limit</source>
        <translation>▲ Cerca del límite</translation>
    </message>
    <message>
        <source>■ Beyond the rule</source>
        <translation>■ Más allá de la regla</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Before we start: the relationship and the department</source>
        <translation>Antes de empezar: la relación y el departamento</translation>
    </message>
    <message>
        <source>Performance Assessment</source>
        <translation>Evaluación del desempeño</translation>
    </message>
    <message>
        <source>What a high-performance manager/chief relationship looks like</source>
        <translation>Cómo es una relación administrador/jefe de alto desempeño</translation>
    </message>
    <message>
        <source>The Manager/Chief Relationship</source>
        <translation>La relación administrador/jefe</translation>
    </message>
    <message>
        <source>What gets in the way</source>
        <translation>Lo que se interpone</translation>
    </message>
    <message>
        <source>What gets in the way of trust between a city manager and a police chief, day to day and in a crisis?</source>
        <translation>¿Qué se interpone en la confianza entre un administrador municipal y un jefe de policía, en el día a día y en una crisis?</translation>
    </message>
    <message>
        <source>Report-out: obstacles and what helps</source>
        <translation>Informe de los grupos: obstáculos y lo que ayuda</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Almuerzo</translation>
    </message>
    <message>
        <source>Crisis communication and social media</source>
        <translation>Comunicación de crisis y redes sociales</translation>
    </message>
    <message>
        <source>Crisis Communication and Social Media</source>
        <translation>Comunicación de crisis y redes sociales</translation>
    </message>
    <message>
        <source>The first hour of a crisis</source>
        <translation>La primera hora de una crisis</translation>
    </message>
    <message>
        <source>A video of an arrest is spreading online at 9 p.m. Who calls whom, and what does the city say in the first hour?</source>
        <translation>A las 9 de la noche circula en internet el video de un arresto. ¿Quién llama a quién y qué dice la ciudad en la primera hora?</translation>
    </message>
    <message>
        <source>How each city handles public information</source>
        <translation>Cómo maneja cada ciudad la información pública</translation>
    </message>
    <message>
        <source>Measuring what the department does</source>
        <translation>Medir lo que hace el departamento</translation>
    </message>
    <message>
        <source>Day one in review, and questions</source>
        <translation>Repaso del primer día y preguntas</translation>
    </message>
    <message>
        <source>Risk management for managers and chiefs</source>
        <translation>Gestión de riesgos para administradores y jefes</translation>
    </message>
    <message>
        <source>Risk Management</source>
        <translation>Gestión de riesgos</translation>
    </message>
    <message>
        <source>Risks we should hear about first</source>
        <translation>Riesgos de los que deberíamos enterarnos primero</translation>
    </message>
    <message>
        <source>Which risk in your department would each of you want the other to hear about first, and how?</source>
        <translation>¿De qué riesgo de su departamento querría cada uno que el otro se enterara primero, y cómo?</translation>
    </message>
    <message>
        <source>Partners beyond the police: municipal and non-profit services</source>
        <translation>Aliados más allá de la policía: servicios municipales y de organizaciones sin fines de lucro</translation>
    </message>
    <message>
        <source>Local and national politics and trends</source>
        <translation>Política y tendencias locales y nacionales</translation>
    </message>
    <message>
        <source>Which national trend will reach your city&apos;s council chamber this year?</source>
        <translation>¿Qué tendencia nacional llegará este año a la sala del concejo de su ciudad?</translation>
    </message>
    <message>
        <source>21st Century Policing: the six pillars and your city</source>
        <translation>Policía del Siglo XXI: los seis pilares y su ciudad</translation>
    </message>
    <message>
        <source>21st Century Policing</source>
        <translation>Policía del Siglo XXI</translation>
    </message>
    <message>
        <source>Team action plans</source>
        <translation>Planes de acción de los equipos</translation>
    </message>
    <message>
        <source>What three things will your team do in the next 90 days, and how will you know they worked?</source>
        <translation>¿Qué tres cosas hará su equipo en los próximos 90 días y cómo sabrán que funcionaron?</translation>
    </message>
    <message>
        <source>Team report-outs: our commitments</source>
        <translation>Informes de los equipos: nuestros compromisos</translation>
    </message>
    <message>
        <source>After the workshop: the relationship and the department</source>
        <translation>Después del taller: la relación y el departamento</translation>
    </message>
    <message>
        <source>Welcome and what the morning is for</source>
        <translation>Bienvenida y propósito de la mañana</translation>
    </message>
    <message>
        <source>Workload: what calls for service tell you</source>
        <translation>Carga de trabajo: lo que dicen las llamadas de servicio</translation>
    </message>
    <message>
        <source>Workload and Staffing</source>
        <translation>Carga de trabajo y dotación de personal</translation>
    </message>
    <message>
        <source>Does staffing match the workload?</source>
        <translation>¿Corresponde la dotación de personal a la carga de trabajo?</translation>
    </message>
    <message>
        <source>How much of your patrol officers&apos; time goes to calls for service, and how would you find out?</source>
        <translation>¿Cuánto del tiempo de sus agentes de patrullaje se dedica a llamadas de servicio, y cómo lo averiguaría?</translation>
    </message>
    <message>
        <source>Time committed to calls: the Rule of 60</source>
        <translation>Tiempo dedicado a llamadas: la Regla de 60</translation>
    </message>
    <message>
        <source>Measurable goals with your chiefs</source>
        <translation>Metas medibles con sus jefes</translation>
    </message>
    <message>
        <source>Name one measurable goal you could agree with your police or fire chief this year.</source>
        <translation>Nombre una meta medible que podría acordar este año con su jefe de policía o de bomberos.</translation>
    </message>
    <message>
        <source>Report-out and questions</source>
        <translation>Informe de los grupos y preguntas</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Clausura</translation>
    </message>
    <message>
        <source>A team member is not registered for the team&apos;s workshop: %1</source>
        <translation>Un miembro de un equipo no está registrado en el taller del equipo: %1</translation>
    </message>
    <message>
        <source>More people are registered than the workshop has places: %1</source>
        <translation>Hay más personas registradas que plazas en el taller: %1</translation>
    </message>
    <message>
        <source>An action item&apos;s owner is not a member of its team: %1</source>
        <translation>El responsable de una acción no es miembro de su equipo: %1</translation>
    </message>
    <message>
        <source>Assessment answers belong to someone not enrolled in their workshop: %1</source>
        <translation>Hay respuestas de evaluación de alguien que no está inscrito en su taller: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>  (default)</source>
        <translation>  (predeterminado)</translation>
    </message>
    <message>
        <source>
Change one with: roundtable-cli preferences --set NAME=VALUE; go back to its default with --reset NAME.
</source>
        <translation>
Para cambiar una: roundtable-cli preferences --set NAME=VALUE; para volver a su valor predeterminado: --reset NAME.
</translation>
    </message>
    <message>
        <source>--set takes NAME=VALUE (e.g. --set page-size=a4), not “%1”.</source>
        <translation>--set recibe NAME=VALUE (p. ej., --set page-size=a4), no “%1”.</translation>
    </message>
    <message>
        <source>%1 is now %2%3</source>
        <translation>%1 ahora es %2%3</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (predeterminado)</translation>
    </message>
    <message>
        <source>List this computer&apos;s preferences, or change them (--set NAME=VALUE, --reset NAME).</source>
        <translation>Enumerar las preferencias de esta computadora o cambiarlas (--set NAME=VALUE, --reset NAME).</translation>
    </message>
    <message>
        <source>A workshop day needs at least one block, such as “Morning 08:30-12:00 3.5”.</source>
        <translation>Un día de taller necesita al menos un bloque, como “Mañana 08:30-12:00 3.5”.</translation>
    </message>
    <message>
        <source>Two blocks are called “%1”; give each block a label of its own.</source>
        <translation>Hay dos bloques llamados “%1”; dé a cada bloque su propia etiqueta.</translation>
    </message>
    <message>
        <source>“%1” (%2–%3) overlaps “%4” (%5–%6); let one end before the other starts.</source>
        <translation>“%1” (%2–%3) se superpone con “%4” (%5–%6); haga que uno termine antes de que empiece el otro.</translation>
    </message>
    <message>
        <source>Could not read the block “%1”. Write each block as LABEL START-END HOURS, and separate blocks with “;”, e.g. “Morning 08:30-12:00 3.5; Afternoon 13:00-16:30 3.5”.</source>
        <translation>No se pudo leer el bloque “%1”. Escriba cada bloque como LABEL START-END HOURS y separe los bloques con “;”, p. ej., “Mañana 08:30-12:00 3.5; Tarde 13:00-16:30 3.5”.</translation>
    </message>
    <message>
        <source>The page size is “letter” or “a4”, not “%1”.</source>
        <translation>El tamaño de página es “letter” o “a4”, no “%1”.</translation>
    </message>
    <message>
        <source>There is no readable file at “%1”. Choose a PNG or JPEG image, or clear the logo.</source>
        <translation>No hay ningún archivo legible en “%1”. Elija una imagen PNG o JPEG, o borre el logotipo.</translation>
    </message>
    <message>
        <source>“%1” is not an image Roundtable can read (%2). Choose a PNG or JPEG image, or clear the logo.</source>
        <translation>“%1” no es una imagen que Roundtable pueda leer (%2). Elija una imagen PNG o JPEG, o borre el logotipo.</translation>
    </message>
    <message>
        <source>The backup interval is a number of minutes from 0 (no periodic backups) to %1, not %2.</source>
        <translation>El intervalo de copias de seguridad es un número de minutos de 0 (sin copias periódicas) a %1, no %2.</translation>
    </message>
    <message>
        <source>Roundtable speaks %1; “%2” is not one of them (leave it empty for the system&apos;s language).</source>
        <translation>Roundtable está disponible en %1; “%2” no es uno de ellos (déjelo vacío para usar el idioma del sistema).</translation>
    </message>
    <message>
        <source>backup-interval is a whole number of minutes (0 turns periodic backups off), not “%1”.</source>
        <translation>backup-interval es un número entero de minutos (0 desactiva las copias de seguridad periódicas), no “%1”.</translation>
    </message>
    <message>
        <source>Paper of printed documents: letter or a4.</source>
        <translation>Papel de los documentos impresos: letter o a4.</translation>
    </message>
    <message>
        <source>page-size is letter or a4, not “%1”.</source>
        <translation>page-size es letter o a4, no “%1”.</translation>
    </message>
    <message>
        <source>The organisation named in the header of printed documents.</source>
        <translation>La organización que se nombra en el encabezado de los documentos impresos.</translation>
    </message>
    <message>
        <source>A PNG or JPEG image for the header of printed documents.</source>
        <translation>Una imagen PNG o JPEG para el encabezado de los documentos impresos.</translation>
    </message>
    <message>
        <source>The attendance blocks of a new workshop&apos;s days: LABEL START-END HOURS; ...</source>
        <translation>Los bloques de asistencia de los días de un taller nuevo: LABEL START-END HOURS; ...</translation>
    </message>
    <message>
        <source>Minutes between backups while a workshop is live; 0 for none.</source>
        <translation>Minutos entre copias de seguridad mientras un taller está en vivo; 0 para ninguna.</translation>
    </message>
    <message>
        <source>backup-interval is from 0 (no periodic backups) to %1 minutes, not %2.</source>
        <translation>backup-interval va de 0 (sin copias de seguridad periódicas) a %1 minutos, no %2.</translation>
    </message>
    <message>
        <source>The app&apos;s language from its next start: automatic (the system&apos;s), en or es.</source>
        <translation>El idioma de la aplicación a partir de su próximo inicio: automatic (el del sistema), en o es.</translation>
    </message>
    <message>
        <source>language is automatic or one of %1, not “%2”.</source>
        <translation>language es automatic o uno de %1, no “%2”.</translation>
    </message>
    <message>
        <source>Your name in the change history; empty for the account&apos;s name.</source>
        <translation>Su nombre en el historial de cambios; vacío para usar el nombre de la cuenta.</translation>
    </message>
    <message>
        <source>There is no preference “%1”; there are %2.</source>
        <translation>No existe la preferencia “%1”; las que existen son: %2.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its header says it holds nothing, yet it has tables. Restore a backup of it; the file was not changed.</source>
        <translation>“%1” está dañado: su encabezado dice que no contiene nada, pero tiene tablas. Restaure una copia de seguridad; el archivo no se modificó.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workshops for city managers and police chiefs.</source>
        <translation>Talleres para administradores municipales y jefes de policía.</translation>
    </message>
    <message>
        <source>Open a fresh copy of the demo workshop.</source>
        <translation>Abrir una copia nueva del taller de demostración.</translation>
    </message>
    <message>
        <source>Connect to a Roundtable database on a server, e.g. postgresql://maria@db.example.org/roundtable.</source>
        <translation>Conectarse a una base de datos de Roundtable en un servidor, p. ej., postgresql://maria@db.example.org/roundtable.</translation>
    </message>
    <message>
        <source>A Roundtable file to open.</source>
        <translation>Un archivo de Roundtable para abrir.</translation>
    </message>
</context>
<context>
    <name>rt::assessments::seed</name>
    <message>
        <source>Manager/chief relationship</source>
        <translation>Relación administrador/jefe</translation>
    </message>
    <message>
        <source>What a high-performance relationship between a city manager and a police chief looks like: communication, trust, clear roles, crisis readiness, performance information and community confidence. The manager and the chief each answer for themselves.</source>
        <translation>Cómo es una relación de alto desempeño entre un administrador municipal y un jefe de policía: comunicación, confianza, funciones claras, preparación para crisis, información sobre el desempeño y confianza de la comunidad. El administrador y el jefe responden cada uno por sí mismo.</translation>
    </message>
    <message>
        <source>Department: 21st Century Policing</source>
        <translation>Departamento: Policía del Siglo XXI</translation>
    </message>
    <message>
        <source>The police department along the six pillars of the President&apos;s Task Force on 21st Century Policing (2015). The manager and the chief each answer for themselves.</source>
        <translation>El departamento de policía según los seis pilares del Grupo de Trabajo Presidencial sobre la Policía del Siglo XXI (2015). El administrador y el jefe responden cada uno por sí mismo.</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>We talk regularly, not only when something has gone wrong.</source>
        <translation>Hablamos con regularidad, no solo cuando algo ha salido mal.</translation>
    </message>
    <message>
        <source>Significant news about the department reaches the manager from the chief first, not from the media or the council.</source>
        <translation>Las noticias importantes sobre el departamento le llegan al administrador primero por el jefe, no por los medios ni por el concejo.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Either of us can raise a disagreement openly without harming our working relationship.</source>
        <translation>Cualquiera de los dos puede plantear un desacuerdo abiertamente sin dañar nuestra relación de trabajo.</translation>
    </message>
    <message>
        <source>I trust my counterpart to act in the city&apos;s interest when I am not in the room.</source>
        <translation>Confío en que mi contraparte actúa en interés de la ciudad cuando yo no estoy presente.</translation>
    </message>
    <message>
        <source>Clear roles</source>
        <translation>Funciones claras</translation>
    </message>
    <message>
        <source>We agree on which decisions belong to the chief and which to the manager.</source>
        <translation>Estamos de acuerdo en qué decisiones corresponden al jefe y cuáles al administrador.</translation>
    </message>
    <message>
        <source>The council, the manager and the chief each understand their part in police matters.</source>
        <translation>El concejo, el administrador y el jefe entienden cada uno su papel en los asuntos policiales.</translation>
    </message>
    <message>
        <source>Crisis readiness</source>
        <translation>Preparación para crisis</translation>
    </message>
    <message>
        <source>We have agreed how we work together, and who speaks for the city, when a critical incident happens.</source>
        <translation>Hemos acordado cómo trabajamos juntos, y quién habla en nombre de la ciudad, cuando ocurre un incidente crítico.</translation>
    </message>
    <message>
        <source>We have rehearsed a critical incident together, in an exercise or a review.</source>
        <translation>Hemos ensayado juntos un incidente crítico, en un ejercicio o una revisión.</translation>
    </message>
    <message>
        <source>Performance information</source>
        <translation>Información sobre el desempeño</translation>
    </message>
    <message>
        <source>The manager receives regular, meaningful information on how the department performs.</source>
        <translation>El administrador recibe información regular y significativa sobre el desempeño del departamento.</translation>
    </message>
    <message>
        <source>We use measurable goals to judge whether the department&apos;s staffing matches its workload.</source>
        <translation>Usamos metas medibles para juzgar si la dotación de personal del departamento corresponde a su carga de trabajo.</translation>
    </message>
    <message>
        <source>Community confidence</source>
        <translation>Confianza de la comunidad</translation>
    </message>
    <message>
        <source>We know how the community, including its most affected neighborhoods, sees the department.</source>
        <translation>Sabemos cómo ve la comunidad al departamento, incluidos sus barrios más afectados.</translation>
    </message>
    <message>
        <source>We have a plan to build and keep the community&apos;s confidence in its police.</source>
        <translation>Tenemos un plan para ganar y mantener la confianza de la comunidad en su policía.</translation>
    </message>
    <message>
        <source>Officers treat people fairly, give them a voice and explain their decisions.</source>
        <translation>Los agentes tratan a las personas con justicia, las escuchan y explican sus decisiones.</translation>
    </message>
    <message>
        <source>The department reports openly on stops, complaints and use of force.</source>
        <translation>El departamento informa abiertamente sobre detenciones, quejas y uso de la fuerza.</translation>
    </message>
    <message>
        <source>Use-of-force and de-escalation policies are current, written down and reviewed with the community.</source>
        <translation>Las políticas de uso de la fuerza y de desescalada están actualizadas, por escrito y revisadas con la comunidad.</translation>
    </message>
    <message>
        <source>Serious incidents and complaints are reviewed by someone outside the department.</source>
        <translation>Los incidentes graves y las quejas los revisa alguien ajeno al departamento.</translation>
    </message>
    <message>
        <source>Clear policies govern the department&apos;s technology, such as body-worn cameras, and the data it collects.</source>
        <translation>Hay políticas claras sobre la tecnología del departamento, como las cámaras corporales, y los datos que recopila.</translation>
    </message>
    <message>
        <source>The department uses social media both to inform the public and to listen to it.</source>
        <translation>El departamento usa las redes sociales tanto para informar al público como para escucharlo.</translation>
    </message>
    <message>
        <source>Community policing is how the whole department works, not the task of one unit.</source>
        <translation>La policía comunitaria es la forma de trabajar de todo el departamento, no la tarea de una unidad.</translation>
    </message>
    <message>
        <source>Crime-reduction strategies are shaped with residents and weighed for their effect on trust.</source>
        <translation>Las estrategias de reducción del delito se diseñan con los residentes y se valoran por su efecto en la confianza.</translation>
    </message>
    <message>
        <source>Officers are trained, and retrained, in de-escalation, crisis intervention and bias awareness.</source>
        <translation>Los agentes reciben formación, y actualización, en desescalada, intervención en crisis y conciencia de sesgos.</translation>
    </message>
    <message>
        <source>Supervisors and commanders are prepared to lead the department through change.</source>
        <translation>Los supervisores y mandos están preparados para conducir al departamento a través del cambio.</translation>
    </message>
    <message>
        <source>Officers can get help with their physical and mental health without stigma.</source>
        <translation>Los agentes pueden recibir ayuda para su salud física y mental sin estigma.</translation>
    </message>
    <message>
        <source>The department reviews officer injuries and near misses and acts on what it learns.</source>
        <translation>El departamento revisa las lesiones de los agentes y los incidentes evitados por poco, y actúa según lo que aprende.</translation>
    </message>
</context>
<context>
    <name>rt::pillars</name>
    <message>
        <source>Building Trust and Legitimacy</source>
        <translation>Generar confianza y legitimidad</translation>
    </message>
    <message>
        <source>Policy and Oversight</source>
        <translation>Políticas y supervisión</translation>
    </message>
    <message>
        <source>Technology and Social Media</source>
        <translation>Tecnología y redes sociales</translation>
    </message>
    <message>
        <source>Community Policing and Crime Reduction</source>
        <translation>Policía comunitaria y reducción del delito</translation>
    </message>
    <message>
        <source>Training and Education</source>
        <translation>Capacitación y educación</translation>
    </message>
    <message>
        <source>Officer Wellness and Safety</source>
        <translation>Bienestar y seguridad de los agentes</translation>
    </message>
    <message>
        <source>Pillar %1 – %2</source>
        <translation>Pilar %1 – %2</translation>
    </message>
</context>
<context>
    <name>rt::ui::ActionItemDialog</name>
    <message>
        <source>The steps, who takes them, and with whom</source>
        <translation>Los pasos, quién los realiza y con quién</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <source>How the team will know it worked</source>
        <translation>Cómo sabrá el equipo que funcionó</translation>
    </message>
    <message>
        <source>Write the goal to save the item.</source>
        <translation>Escriba el objetivo para guardar la acción.</translation>
    </message>
    <message>
        <source>Action Item — %1</source>
        <translation>Acción — %1</translation>
    </message>
    <message>
        <source>What the team will achieve</source>
        <translation>Lo que el equipo logrará</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>After the workshop:</source>
        <translation>Después del taller:</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>Due %1 days after the workshop</source>
        <translation>Vence %1 días después del taller</translation>
    </message>
    <message>
        <source>Due %1, %2 days after the workshop ends</source>
        <translation>Vence el %1, %2 días después de que termine el taller</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Where the item came from</source>
        <translation>De dónde surgió la acción</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>&amp;Actions:</source>
        <translation>&amp;Acciones:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Vence:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Measure of success:</source>
        <translation>&amp;Medida de éxito:</translation>
    </message>
    <message>
        <source>&amp;Pillar:</source>
        <translation>&amp;Pilar:</translation>
    </message>
    <message>
        <source>P&amp;ractice group:</source>
        <translation>&amp;Grupo de práctica:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Started from: %1</source>
        <translation>Surgió de: %1</translation>
    </message>
    <message>
        <source>Edit Action Item</source>
        <translation>Editar acción</translation>
    </message>
    <message>
        <source>New Action Item</source>
        <translation>Nueva acción</translation>
    </message>
</context>
<context>
    <name>rt::ui::ActionItemModel</name>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Acciones: %1</translation>
    </message>
    <message>
        <source>Measure of success: %1</source>
        <translation>Medida de éxito: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Practice group</source>
        <translation>Grupo de práctica</translation>
    </message>
</context>
<context>
    <name>rt::ui::ActionPlanPanel</name>
    <message>
        <source>No members yet</source>
        <translation>Todavía no hay miembros</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>Add an action item</source>
        <translation>Agregar una acción</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected action item</source>
        <translation>Editar la acción seleccionada</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected action item</source>
        <translation>Quitar la acción seleccionada</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move the selected action item up</source>
        <translation>Subir la acción seleccionada</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move the selected action item down</source>
        <translation>Bajar la acción seleccionada</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <source>Change the status of the selected action item</source>
        <translation>Cambiar el estado de la acción seleccionada</translation>
    </message>
    <message>
        <source>Record &amp;Update…</source>
        <translation>Registrar a&amp;vance…</translation>
    </message>
    <message>
        <source>Record a dated update of the selected action item</source>
        <translation>Registrar una nota de avance con fecha para la acción seleccionada</translation>
    </message>
    <message>
        <source>From &amp;Parking Lot…</source>
        <translation>De &amp;temas pendientes…</translation>
    </message>
    <message>
        <source>Add an action item from a parking-lot entry</source>
        <translation>Agregar una acción a partir de una entrada de temas pendientes</translation>
    </message>
    <message>
        <source>From Assessment &amp;Gap…</source>
        <translation>De una b&amp;recha de evaluación…</translation>
    </message>
    <message>
        <source>Add an action item from an assessment gap</source>
        <translation>Agregar una acción a partir de una brecha de evaluación</translation>
    </message>
    <message>
        <source>Pr&amp;int Plan…</source>
        <translation>&amp;Imprimir plan…</translation>
    </message>
    <message>
        <source>Print this team&apos;s action plan with signature lines</source>
        <translation>Imprimir el plan de acción de este equipo con líneas para firmas</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>What the team is missing</source>
        <translation>Lo que le falta al equipo</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Miembros del equipo</translation>
    </message>
    <message>
        <source>The plan is empty</source>
        <translation>El plan está vacío</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Goal of the selected item</source>
        <translation>Objetivo de la acción seleccionada</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Medida de éxito</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Practice group</source>
        <translation>Grupo de práctica</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Updates of the selected item, newest first</source>
        <translation>Avances de la acción seleccionada, los más recientes primero</translation>
    </message>
    <message>
        <source>Updates (newest first):</source>
        <translation>Avances (los más recientes primero):</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Equipo:</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up); or drag the item</source>
        <translation>Subir (Ctrl+Flecha arriba); o arrastre la acción</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down); or drag the item</source>
        <translation>Bajar (Ctrl+Flecha abajo); o arrastre la acción</translation>
    </message>
    <message>
        <source>%1 ⚠</source>
        <translation>%1 ⚠</translation>
    </message>
    <message>
        <source>This workshop has no teams yet. Form teams on the Roster &amp; Teams tab, then plan their actions here.</source>
        <translation>Este taller todavía no tiene equipos. Forme equipos en la pestaña Lista y equipos y luego planifique sus acciones aquí.</translation>
    </message>
    <message>
        <source>No action items yet. Add one, or start from the parking lot or an assessment gap.</source>
        <translation>Todavía no hay acciones. Agregue una, o parta de los temas pendientes o de una brecha de evaluación.</translation>
    </message>
    <message>
        <source>Choose an item to see all it says and its updates.</source>
        <translation>Elija una acción para ver todo su contenido y sus avances.</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (vencido)</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>No updates recorded yet.</source>
        <translation>Todavía no hay avances registrados.</translation>
    </message>
    <message>
        <source>From the Parking Lot</source>
        <translation>De los temas pendientes</translation>
    </message>
    <message>
        <source>Entries parked during this workshop&apos;s discussions. The entry becomes the goal of a new item in the plan of %1; edit it afterwards to add the rest.</source>
        <translation>Entradas que se dejaron como temas pendientes durante las discusiones de este taller. La entrada se convierte en el objetivo de una nueva acción en el plan de %1; edítela después para agregar el resto.</translation>
    </message>
    <message>
        <source>The parking lot is empty. Entries tagged “Parking lot” in the Discussions tab show here.</source>
        <translation>No hay temas pendientes. Aquí se muestran las entradas marcadas como “Temas pendientes” en la pestaña Discusiones.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Raised in</source>
        <translation>Planteado en</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>Large group</source>
        <translation>Grupo grande</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Ronda %1</translation>
    </message>
    <message>
        <source>From an Assessment Gap</source>
        <translation>De una brecha de evaluación</translation>
    </message>
    <message>
        <source>Statements on which the manager and the chief of %1 scored %2 or more points apart in their latest answers (1 = strongly disagree, 5 = strongly agree). The statement becomes the goal, with its pillar.</source>
        <translation>Enunciados en los que el administrador y el jefe de %1 difirieron por %2 puntos o más en sus respuestas más recientes (1 = totalmente en desacuerdo, 5 = totalmente de acuerdo). El enunciado se convierte en el objetivo, con su pilar.</translation>
    </message>
    <message>
        <source>No statement shows a gap of %1 points or more between this team&apos;s manager and chief. Gaps show once both have answered an assessment.</source>
        <translation>Ningún enunciado muestra una brecha de %1 puntos o más entre el administrador y el jefe de este equipo. Las brechas se muestran cuando ambos han respondido una evaluación.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Chief</source>
        <translation>Jefe</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>after the workshop</source>
        <translation>después del taller</translation>
    </message>
    <message>
        <source>before the workshop</source>
        <translation>antes del taller</translation>
    </message>
    <message>
        <source>The chosen action item</source>
        <translation>La acción elegida</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
</context>
<context>
    <name>rt::ui::AgendaItemDialog</name>
    <message>
        <source>Starts at a fixed time:</source>
        <translation>Comienza a una hora fija:</translation>
    </message>
    <message>
        <source>Agenda Item</source>
        <translation>Punto de la agenda</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Day </source>
        <translation>Día </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source>Fixed start time</source>
        <translation>Hora de inicio fija</translation>
    </message>
    <message>
        <source>Starts at a fixed time</source>
        <translation>Comienza a una hora fija</translation>
    </message>
    <message>
        <source>No presenter</source>
        <translation>Sin ponente</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>The question put to the room; the projector shows it.</source>
        <translation>La pregunta planteada a la sala; el proyector la muestra.</translation>
    </message>
    <message>
        <source>Discussion prompt</source>
        <translation>Consigna de discusión</translation>
    </message>
    <message>
        <source>For facilitators only: never on the projector or the participants&apos; agenda.</source>
        <translation>Solo para facilitadores: nunca aparece en el proyector ni en la agenda de los participantes.</translation>
    </message>
    <message>
        <source>Notes for facilitators</source>
        <translation>Notas para facilitadores</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <source>&amp;Presenter:</source>
        <translation>&amp;Ponente:</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Módulo:</translation>
    </message>
    <message>
        <source>P&amp;rompt:</source>
        <translation>&amp;Consigna:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
</context>
<context>
    <name>rt::ui::AgendaModel</name>
    <message>
        <source>%1–%2 (done)</source>
        <translation>%1–%2 (terminado)</translation>
    </message>
    <message>
        <source> (fixed)</source>
        <translation> (fija)</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>▶ %1</source>
        <translation>▶ %1</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Consigna: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>The items before it run %1 into its fixed start.</source>
        <translation>Los puntos anteriores invaden en %1 su hora de inicio fija.</translation>
    </message>
    <message>
        <source>Time (projected)</source>
        <translation>Hora (proyectada)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
</context>
<context>
    <name>rt::ui::AgendaTab</name>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Agregar punto…</translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation>Agregar un punto a la agenda</translation>
    </message>
    <message>
        <source>Edit the selected item</source>
        <translation>Editar el punto seleccionado</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>Quitar el punto seleccionado</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>Plan&amp;tillas</translation>
    </message>
    <message>
        <source>Agenda templates</source>
        <translation>Plantillas de agenda</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimir</translation>
    </message>
    <message>
        <source>Print or export the agenda</source>
        <translation>Imprimir o exportar la agenda</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Agenda warnings</source>
        <translation>Advertencias de la agenda</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Puntos de la agenda</translation>
    </message>
    <message>
        <source>Agenda for &amp;Participants…</source>
        <translation>Agenda para &amp;participantes…</translation>
    </message>
    <message>
        <source>Agenda for &amp;Facilitators…</source>
        <translation>Agenda para &amp;facilitadores…</translation>
    </message>
    <message>
        <source>&amp;Calendar File (.ics)…</source>
        <translation>Archivo de &amp;calendario (.ics)…</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <source>Drag items to reorder them.</source>
        <translation>Arrastre los puntos para reordenarlos.</translation>
    </message>
    <message>
        <source>Reset the Day</source>
        <translation>Restablecer el día</translation>
    </message>
    <message>
        <source>Clear when each item of day %1 really started and ended? The plan stays as it is.</source>
        <translation>¿Borrar cuándo comenzó y terminó realmente cada punto del día %1? El plan queda como está.</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>Día %1 · %2</translation>
    </message>
    <message>
        <source>No items yet: add some, or start from a template.</source>
        <translation>Todavía no hay puntos: agregue algunos o parta de una plantilla.</translation>
    </message>
    <message>
        <source>The plan fits the day (%1–%2).</source>
        <translation>El plan cabe en el día (%1–%2).</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation>Usar “%1”</translation>
    </message>
    <message>
        <source>&amp;Copy from Another Workshop…</source>
        <translation>&amp;Copiar de otro taller…</translation>
    </message>
    <message>
        <source>&amp;Save This Agenda as a Template…</source>
        <translation>&amp;Guardar esta agenda como plantilla…</translation>
    </message>
    <message>
        <source>Replace the Agenda</source>
        <translation>Reemplazar la agenda</translation>
    </message>
    <message>
        <source>Replace this workshop&apos;s agenda (%1 items) with the template? Undo brings it back.</source>
        <translation>¿Reemplazar la agenda de este taller (%1 puntos) con la plantilla? Con Deshacer se recupera.</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>Template description</source>
        <translation>Descripción de la plantilla</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Copy an Agenda</source>
        <translation>Copiar una agenda</translation>
    </message>
    <message>
        <source>There is no other workshop in this file to copy an agenda from.</source>
        <translation>No hay otro taller en este archivo del cual copiar una agenda.</translation>
    </message>
    <message>
        <source>Copy the agenda of:</source>
        <translation>Copiar la agenda de:</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Proyector</translation>
    </message>
    <message>
        <source>Show the projector view on:</source>
        <translation>Mostrar la vista de proyector en:</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
</context>
<context>
    <name>rt::ui::AnswerModel</name>
    <message>
        <source>No score</source>
        <translation>Sin puntuación</translation>
    </message>
    <message>
        <source>Type 1 to 5 to score and move down; Delete clears.</source>
        <translation>Escriba de 1 a 5 para puntuar y bajar; Supr borra.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Score (1 disagree – 5 agree)</source>
        <translation>Puntuación (1 desacuerdo – 5 acuerdo)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
</context>
<context>
    <name>rt::ui::AssessmentEntryPanel</name>
    <message>
        <source>&amp;Before</source>
        <translation>A&amp;ntes</translation>
    </message>
    <message>
        <source>Answers given before the workshop</source>
        <translation>Respuestas dadas antes del taller</translation>
    </message>
    <message>
        <source>Answers given after the workshop</source>
        <translation>Respuestas dadas después del taller</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>Previous participant (Ctrl+Page Up)</source>
        <translation>Participante anterior (Ctrl+Re Pág)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Next participant (Ctrl+Page Down)</source>
        <translation>Participante siguiente (Ctrl+Av Pág)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Answers so far</source>
        <translation>Respuestas hasta ahora</translation>
    </message>
    <message>
        <source>Nothing to enter</source>
        <translation>Nada que ingresar</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Participante:</translation>
    </message>
    <message>
        <source>Whose answers</source>
        <translation>De quién son las respuestas</translation>
    </message>
    <message>
        <source>Type 1 to 5 to score a statement and move to the next; Delete clears a score. Type in the Comment column (or press F2 there) to write a comment. Every change is saved at once.</source>
        <translation>Escriba de 1 a 5 para puntuar un enunciado y pasar al siguiente; Supr borra una puntuación. Escriba en la columna Comentario (o presione F2 allí) para escribir un comentario. Cada cambio se guarda de inmediato.</translation>
    </message>
    <message>
        <source>Statements and answers</source>
        <translation>Enunciados y respuestas</translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation>Evaluación:</translation>
    </message>
    <message>
        <source>There are no assessments in this file. Add one under Edit ▸ Assessment Templates…</source>
        <translation>No hay evaluaciones en este archivo. Agregue una en Editar ▸ Plantillas de evaluación…</translation>
    </message>
    <message>
        <source>Nobody is registered for this workshop yet. Add participants on the Roster &amp; Teams tab, then enter their answers here.</source>
        <translation>Todavía no hay nadie registrado en este taller. Agregue participantes en la pestaña Lista y equipos y luego ingrese sus respuestas aquí.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2 have answered before · %3 of %2 after</source>
        <translation>%1 de %2 han respondido antes · %3 de %2 después</translation>
    </message>
    <message>
        <source>%1 — %2: %3 of %4 statements scored</source>
        <translation>%1 — %2: %3 de %4 enunciados puntuados</translation>
    </message>
    <message>
        <source>Af&amp;ter</source>
        <translation>&amp;Después</translation>
    </message>
</context>
<context>
    <name>rt::ui::AssessmentTemplatesDialog</name>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>Duplicate the assessment</source>
        <translation>Duplicar la evaluación</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the assessment</source>
        <translation>Eliminar la evaluación</translation>
    </message>
    <message>
        <source>&amp;Add statement…</source>
        <translation>&amp;Agregar enunciado…</translation>
    </message>
    <message>
        <source>Add a statement</source>
        <translation>Agregar un enunciado</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected statement</source>
        <translation>Editar el enunciado seleccionado</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected statement</source>
        <translation>Quitar el enunciado seleccionado</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move the statement up</source>
        <translation>Subir el enunciado</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Move the statement down</source>
        <translation>Bajar el enunciado</translation>
    </message>
    <message>
        <source>Assessment templates</source>
        <translation>Plantillas de evaluación</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation>Des&amp;cripción:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Enunciados</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Lo que sucedió</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Des&amp;hacer</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 statements. Answered %2 times in this file: statements with answers can&apos;t be removed, and the assessment can&apos;t be deleted. Duplicate it to make a new version.</source>
        <translation>%1 enunciados. Respondida %2 veces en este archivo: los enunciados con respuestas no se pueden quitar y la evaluación no se puede eliminar. Duplíquela para crear una nueva versión.</translation>
    </message>
    <message>
        <source>%1 statements, not answered yet.</source>
        <translation>%1 enunciados, todavía sin respuestas.</translation>
    </message>
    <message>
        <source>No assessments. Make one with New.</source>
        <translation>No hay evaluaciones. Cree una con Nueva.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Made a new assessment: name it and add its statements.</source>
        <translation>Se creó una nueva evaluación: póngale un nombre y agregue sus enunciados.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Delete “%1” with its %2 statements? Undo brings it back.</source>
        <translation>¿Eliminar “%1” con sus %2 enunciados? Con Deshacer se recupera.</translation>
    </message>
    <message>
        <source>Edit the statement</source>
        <translation>Editar el enunciado</translation>
    </message>
</context>
<context>
    <name>rt::ui::AttendanceGridModel</name>
    <message>
        <source>Not marked</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 — %2. Click, or press Space, to change; P, L, E, X, A set a status; Delete clears.</source>
        <translation>%1 — %2. Haga clic o presione Espacio para cambiar; P, L, E, X, A asignan un estado; Supr borra.</translation>
    </message>
    <message>
        <source>Day %1
%2
%3 of %4</source>
        <translation>Día %1
%2
%3 de %4</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Hours
of %1</source>
        <translation>Horas
de %1</translation>
    </message>
    <message>
        <source>Certificate
(%1 needed)</source>
        <translation>Certificado
(se necesitan %1)</translation>
    </message>
</context>
<context>
    <name>rt::ui::AttendanceGridPanel</name>
    <message>
        <source>&amp;Mark everyone not yet marked present</source>
        <translation>&amp;Marcar como presentes a todos los aún sin marcar</translation>
    </message>
    <message>
        <source>Attendance grid, people by blocks</source>
        <translation>Cuadrícula de asistencia, personas por bloques</translation>
    </message>
    <message>
        <source>Attendance summary</source>
        <translation>Resumen de asistencia</translation>
    </message>
    <message>
        <source>Mark everyone not yet marked present in the chosen block</source>
        <translation>Marcar como presentes a todos los aún sin marcar en el bloque elegido</translation>
    </message>
    <message>
        <source>Click a cell, or press Space, to go to the next status. Keys: P present, L late, E left early, X excused, A absent (each moves down a row), Delete clears.</source>
        <translation>Haga clic en una celda o presione Espacio para pasar al siguiente estado. Teclas: P presente, L tarde, E salió temprano, X justificado, A ausente (cada una baja una fila), Supr borra.</translation>
    </message>
    <message>
        <source>%1 registered · %2 of %3 offered needed for a certificate · %4 qualify so far</source>
        <translation>%1 registrados · se necesitan %2 de %3 ofrecidas para un certificado · %4 califican hasta ahora</translation>
    </message>
    <message>
        <source>Time they arrived</source>
        <translation>Hora en que llegó</translation>
    </message>
    <message>
        <source>Time they left</source>
        <translation>Hora en que se fue</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Arrived at:</source>
        <translation>Llegó a las:</translation>
    </message>
    <message>
        <source>Left at:</source>
        <translation>Se fue a las:</translation>
    </message>
    <message>
        <source>clearing %1&apos;s mark</source>
        <translation>borrado de la marca de %1</translation>
    </message>
    <message>
        <source>%1&apos;s attendance mark</source>
        <translation>la marca de asistencia de %1</translation>
    </message>
    <message>
        <source>marking everyone present</source>
        <translation>marcado de todos como presentes</translation>
    </message>
</context>
<context>
    <name>rt::ui::AttendanceSettingsDialog</name>
    <message>
        <source>Attendance Blocks and Credit</source>
        <translation>Bloques de asistencia y crédito</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Credit hours</source>
        <translation>Horas de crédito</translation>
    </message>
    <message>
        <source>Attendance blocks</source>
        <translation>Bloques de asistencia</translation>
    </message>
    <message>
        <source>&amp;Add block</source>
        <translation>&amp;Agregar bloque</translation>
    </message>
    <message>
        <source>&amp;Remove block</source>
        <translation>&amp;Quitar bloque</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Restaurar &amp;predeterminados</translation>
    </message>
    <message>
        <source>Add a block</source>
        <translation>Agregar un bloque</translation>
    </message>
    <message>
        <source>Remove the selected block</source>
        <translation>Quitar el bloque seleccionado</translation>
    </message>
    <message>
        <source>Restore the default blocks</source>
        <translation>Restaurar los bloques predeterminados</translation>
    </message>
    <message>
        <source>Hours offered</source>
        <translation>Horas ofrecidas</translation>
    </message>
    <message>
        <source>Credit for late arrivals and early leavers</source>
        <translation>Crédito por llegadas tarde y salidas tempranas</translation>
    </message>
    <message>
        <source>Share of the hours a certificate needs</source>
        <translation>Proporción de las horas que necesita un certificado</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Late arrivals and early leavers earn:</source>
        <translation>Quienes llegan tarde o salen temprano obtienen:</translation>
    </message>
    <message>
        <source>A certificate needs at least:</source>
        <translation>Un certificado necesita al menos:</translation>
    </message>
    <message>
        <source>of the hours offered. Prorated credit counts the minutes in the room, in whole quarter hours.</source>
        <translation>de las horas ofrecidas. El crédito proporcional cuenta los minutos en la sala, en cuartos de hora completos.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>People check in to each block. Its credit hours count toward their certificate.</source>
        <translation>Las personas registran su llegada en cada bloque. Sus horas de crédito cuentan para su certificado.</translation>
    </message>
    <message>
        <source>Block label</source>
        <translation>Etiqueta del bloque</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Hours offered: %1</source>
        <translation>Horas ofrecidas: %1</translation>
    </message>
</context>
<context>
    <name>rt::ui::AttendanceTab</name>
    <message>
        <source>Blocks &amp;&amp; &amp;credit…</source>
        <translation>&amp;Bloques y crédito…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimir</translation>
    </message>
    <message>
        <source>Block being checked in</source>
        <translation>Bloque en el que se registra la llegada</translation>
    </message>
    <message>
        <source>Present and expected</source>
        <translation>Presentes y esperados</translation>
    </message>
    <message>
        <source>Check-&amp;in</source>
        <translation>Registro de &amp;llegada</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>C&amp;uadrícula</translation>
    </message>
    <message>
        <source>Show check-in</source>
        <translation>Mostrar el registro de llegada</translation>
    </message>
    <message>
        <source>Show the attendance grid</source>
        <translation>Mostrar la cuadrícula de asistencia</translation>
    </message>
    <message>
        <source>Edit attendance blocks and credit rules</source>
        <translation>Editar los bloques de asistencia y las reglas de crédito</translation>
    </message>
    <message>
        <source>Print attendance documents</source>
        <translation>Imprimir documentos de asistencia</translation>
    </message>
    <message>
        <source>&amp;Sign-in Sheets…</source>
        <translation>&amp;Hojas de firmas…</translation>
    </message>
    <message>
        <source>&amp;Attendance Record…</source>
        <translation>&amp;Registro de asistencia…</translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation>&amp;Certificados…</translation>
    </message>
    <message>
        <source>&amp;Name Tents…</source>
        <translation>&amp;Tarjetas de nombre…</translation>
    </message>
    <message>
        <source>&amp;Badges…</source>
        <translation>&amp;Gafetes…</translation>
    </message>
    <message>
        <source>Block:</source>
        <translation>Bloque:</translation>
    </message>
    <message>
        <source>This workshop has no attendance blocks. Add them with Blocks &amp; credit.</source>
        <translation>Este taller no tiene bloques de asistencia. Agréguelos con Bloques y crédito.</translation>
    </message>
    <message>
        <source>%1 of %2 here</source>
        <translation>%1 de %2 presentes</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 tarde</translation>
    </message>
    <message>
        <source>%1 left early</source>
        <translation>%1 salieron temprano</translation>
    </message>
    <message>
        <source>%1 excused</source>
        <translation>%1 justificados</translation>
    </message>
    <message>
        <source>%1 absent</source>
        <translation>%1 ausentes</translation>
    </message>
    <message>
        <source>%1 not yet marked</source>
        <translation>%1 aún sin marcar</translation>
    </message>
    <message>
        <source>Attendance Spreadsheet (CSV or &amp;XLSX)…</source>
        <translation>Hoja de cálculo de asistencia (CSV o &amp;XLSX)…</translation>
    </message>
</context>
<context>
    <name>rt::ui::AuthorDialog</name>
    <message>
        <source>Your Name for the Change History</source>
        <translation>Su nombre para el historial de cambios</translation>
    </message>
    <message>
        <source>Every change is recorded with who made it (“checked in at 08:42 by …”). Give the name colleagues know you by; it is kept on this computer. Left empty, the computer account&apos;s name is used.</source>
        <translation>Cada cambio se registra con quién lo hizo (“llegada registrada a las 08:42 por …”). Indique el nombre con el que lo conocen sus colegas; se guarda en esta computadora. Si lo deja vacío, se usa el nombre de la cuenta de la computadora.</translation>
    </message>
    <message>
        <source>Your name for the change history</source>
        <translation>Su nombre para el historial de cambios</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
</context>
<context>
    <name>rt::ui::CatalogDialog</name>
    <message>
        <source>Programs and practice groups</source>
        <translation>Programas y grupos de práctica</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Practice groups</source>
        <translation>Grupos de práctica</translation>
    </message>
    <message>
        <source>New practice group number</source>
        <translation>Número del nuevo grupo de práctica</translation>
    </message>
    <message>
        <source>Name (may be left empty)</source>
        <translation>Nombre (puede dejarse vacío)</translation>
    </message>
    <message>
        <source>New practice group name</source>
        <translation>Nombre del nuevo grupo de práctica</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>&amp;Agregar grupo</translation>
    </message>
    <message>
        <source>&amp;Remove group</source>
        <translation>&amp;Quitar grupo</translation>
    </message>
    <message>
        <source>Double-click a name to change it. Groups without a name show by number.</source>
        <translation>Haga doble clic en un nombre para cambiarlo. Los grupos sin nombre se muestran por número.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>The program&apos;s practice groups</source>
        <translation>Los grupos de práctica del programa</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>Participant &amp;limit:</source>
        <translation>&amp;Límite de participantes:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>Pú&amp;blico:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <source>Practice &amp;groups:</source>
        <translation>&amp;Grupos de práctica:</translation>
    </message>
    <message>
        <source>&amp;Save program</source>
        <translation>G&amp;uardar programa</translation>
    </message>
    <message>
        <source>&amp;New program</source>
        <translation>&amp;Nuevo programa</translation>
    </message>
    <message>
        <source>Re&amp;move program</source>
        <translation>Qu&amp;itar programa</translation>
    </message>
    <message>
        <source>Remove program</source>
        <translation>Quitar programa</translation>
    </message>
    <message>
        <source>Remove “%1” from the catalog?</source>
        <translation>¿Quitar “%1” del catálogo?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Practice groups and programs</source>
        <translation>Grupos de práctica y programas</translation>
    </message>
</context>
<context>
    <name>rt::ui::CheckInModel</name>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>In this block</source>
        <translation>En este bloque</translation>
    </message>
</context>
<context>
    <name>rt::ui::CheckInPanel</name>
    <message>
        <source>C&amp;lear mark</source>
        <translation>&amp;Borrar marca</translation>
    </message>
    <message>
        <source>Type a name, jurisdiction or email — Enter checks in the top match</source>
        <translation>Escriba un nombre, jurisdicción o correo electrónico — Intro registra la llegada de la primera coincidencia</translation>
    </message>
    <message>
        <source>Find a person to check in</source>
        <translation>Buscar a una persona para registrar su llegada</translation>
    </message>
    <message>
        <source>People matching the search</source>
        <translation>Personas que coinciden con la búsqueda</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Último registro de llegada</translation>
    </message>
    <message>
        <source>&amp;Present (Enter)</source>
        <translation>&amp;Presente (Intro)</translation>
    </message>
    <message>
        <source>La&amp;te (Shift+Enter)</source>
        <translation>&amp;Tarde (Mayús+Intro)</translation>
    </message>
    <message>
        <source>Left &amp;early</source>
        <translation>Salió t&amp;emprano</translation>
    </message>
    <message>
        <source>E&amp;xcused</source>
        <translation>&amp;Justificado</translation>
    </message>
    <message>
        <source>A&amp;bsent</source>
        <translation>A&amp;usente</translation>
    </message>
    <message>
        <source>Mark the selected person %1</source>
        <translation>Marcar a la persona seleccionada como %1</translation>
    </message>
    <message>
        <source>Clear the selected person&apos;s mark</source>
        <translation>Borrar la marca de la persona seleccionada</translation>
    </message>
    <message>
        <source>Register a walk-in</source>
        <translation>Registrar a un participante sin inscripción previa</translation>
    </message>
    <message>
        <source>%1 is already marked %2 for %3.</source>
        <translation>%1 ya está marcado como %2 en %3.</translation>
    </message>
    <message>
        <source>%1&apos;s check-in for %2</source>
        <translation>Registro de llegada de %1 en %2</translation>
    </message>
    <message>
        <source>✓ %1 — %2, %3. Ctrl+Z undoes.</source>
        <translation>✓ %1 — %2, %3. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>%1 is in the file but not registered for this workshop. Register them and check them in?</source>
        <translation>%1 está en el archivo, pero no está registrado en este taller. ¿Desea registrarlo y registrar su llegada?</translation>
    </message>
    <message>
        <source>✓ %1 registered as a walk-in. Ctrl+Z undoes.</source>
        <translation>✓ %1 registrado como participante sin inscripción previa. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>clearing %1&apos;s mark for %2</source>
        <translation>borrado de la marca de %1 en %2</translation>
    </message>
    <message>
        <source>%1&apos;s mark for %2 cleared. Ctrl+Z undoes.</source>
        <translation>Se borró la marca de %1 en %2. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Register a Walk-in</source>
        <translation>Registrar participante sin inscripción previa</translation>
    </message>
    <message>
        <source>✓ %1. Ctrl+Z undoes.</source>
        <translation>✓ %1. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Register wal&amp;k-in…</source>
        <translation>Registrar participante &amp;sin inscripción…</translation>
    </message>
</context>
<context>
    <name>rt::ui::ClearButton</name>
    <message>
        <source>Clear the text</source>
        <translation>Borrar el texto</translation>
    </message>
</context>
<context>
    <name>rt::ui::ConnectServerDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Conectar al servidor</translation>
    </message>
    <message>
        <source>Several stations can share one workshop database on your organisation&apos;s PostgreSQL server. Enter where it is, or paste its address.</source>
        <translation>Varias estaciones pueden compartir una base de datos de talleres en el servidor PostgreSQL de su organización. Indique dónde está o pegue su dirección.</translation>
    </message>
    <message>
        <source>asked by the server, if it needs one</source>
        <translation>la solicita el servidor, si la necesita</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>If available</source>
        <translation>Si está disponible</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Verify certificate</source>
        <translation>Verificar certificado</translation>
    </message>
    <message>
        <source>Encryption of the connection. “Verify certificate” also checks the server is the one named, with the certificate authority in ~/.postgresql/root.crt.</source>
        <translation>Cifrado de la conexión. “Verificar certificado” también comprueba que el servidor sea el indicado, con la autoridad de certificación en ~/.postgresql/root.crt.</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>Ci&amp;frado (TLS):</translation>
    </message>
    <message>
        <source>A postgresql:// address; pasting one fills the fields below.</source>
        <translation>Una dirección postgresql://; al pegarla se llenan los campos de abajo.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Verify certificate authority only</source>
        <translation>Verificar solo la autoridad de certificación</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address, such as db.example.org.</source>
        <translation>Indique el nombre de host o la dirección del servidor, por ejemplo db.example.org.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server; ask whoever set it up.</source>
        <translation>Indique el nombre de la base de datos en el servidor; pregúntele a quien la configuró.</translation>
    </message>
    <message>
        <source>A database name cannot contain “/”.</source>
        <translation>El nombre de una base de datos no puede contener “/”.</translation>
    </message>
    <message>
        <source>Enter the user name you were given for the server.</source>
        <translation>Indique el nombre de usuario que le asignaron para el servidor.</translation>
    </message>
</context>
<context>
    <name>rt::ui::DayBlocksEditor</name>
    <message>
        <source>&amp;Add Block</source>
        <translation>&amp;Agregar bloque</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Credit hours</source>
        <translation>Horas de crédito</translation>
    </message>
    <message>
        <source>Default attendance blocks</source>
        <translation>Bloques de asistencia predeterminados</translation>
    </message>
    <message>
        <source>Add a block</source>
        <translation>Agregar un bloque</translation>
    </message>
    <message>
        <source>Remove the selected block</source>
        <translation>Quitar el bloque seleccionado</translation>
    </message>
    <message>
        <source>Move the selected block up</source>
        <translation>Subir el bloque seleccionado</translation>
    </message>
    <message>
        <source>Move the selected block down</source>
        <translation>Bajar el bloque seleccionado</translation>
    </message>
    <message>
        <source>Block label</source>
        <translation>Etiqueta del bloque</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Noche</translation>
    </message>
</context>
<context>
    <name>rt::ui::DiscussionsTab</name>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Nueva ronda…</translation>
    </message>
    <message>
        <source>Add a discussion round</source>
        <translation>Agregar una ronda de discusión</translation>
    </message>
    <message>
        <source>Edit the round</source>
        <translation>Editar la ronda</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Eli&amp;minar</translation>
    </message>
    <message>
        <source>Delete the round</source>
        <translation>Eliminar la ronda</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Regenerar</translation>
    </message>
    <message>
        <source>Place everyone again</source>
        <translation>Volver a ubicar a todos</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Pro&amp;jector…</source>
        <translation>Pro&amp;yector…</translation>
    </message>
    <message>
        <source>Show the groups on the projector</source>
        <translation>Mostrar los grupos en el proyector</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimir</translation>
    </message>
    <message>
        <source>Print the groups or the discussion summary</source>
        <translation>Imprimir los grupos o el resumen de la discusión</translation>
    </message>
    <message>
        <source>Discussion round</source>
        <translation>Ronda de discusión</translation>
    </message>
    <message>
        <source>Lock the groups</source>
        <translation>Bloquear los grupos</translation>
    </message>
    <message>
        <source>Round prompt</source>
        <translation>Consigna de la ronda</translation>
    </message>
    <message>
        <source>Group quality</source>
        <translation>Calidad de los grupos</translation>
    </message>
    <message>
        <source>&amp;Group Lists…</source>
        <translation>&amp;Listas de grupos…</translation>
    </message>
    <message>
        <source>Discussion &amp;Summary…</source>
        <translation>Resumen de la &amp;discusión…</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Ronda:</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>The scribe&apos;s notes for this group</source>
        <translation>Las notas del relator de este grupo</translation>
    </message>
    <message>
        <source>Scribe notes</source>
        <translation>Notas del relator</translation>
    </message>
    <message>
        <source>Save the scribe notes</source>
        <translation>Guardar las notas del relator</translation>
    </message>
    <message>
        <source>A key point of the report-out, then Enter</source>
        <translation>Un punto clave del informe del grupo, luego Intro</translation>
    </message>
    <message>
        <source>Report-out point</source>
        <translation>Punto del informe</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>&amp;Add point</source>
        <translation>&amp;Agregar punto</translation>
    </message>
    <message>
        <source>Add the report-out point</source>
        <translation>Agregar el punto del informe del grupo</translation>
    </message>
    <message>
        <source>Remove the selected point</source>
        <translation>Quitar el punto seleccionado</translation>
    </message>
    <message>
        <source>Report-out points</source>
        <translation>Puntos de los informes</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grupo:</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Report-out points, most votes first</source>
        <translation>Puntos de los informes, los más votados primero</translation>
    </message>
    <message>
        <source>Who is voting</source>
        <translation>Quién vota</translation>
    </message>
    <message>
        <source>Votes left</source>
        <translation>Votos restantes</translation>
    </message>
    <message>
        <source>Add a dot to the selected point</source>
        <translation>Agregar un voto al punto seleccionado</translation>
    </message>
    <message>
        <source>−1 do&amp;t</source>
        <translation>−1 v&amp;oto</translation>
    </message>
    <message>
        <source>Take a dot off the selected point</source>
        <translation>Quitar un voto al punto seleccionado</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Temas pendientes</translation>
    </message>
    <message>
        <source>Voter:</source>
        <translation>Votante:</translation>
    </message>
    <message>
        <source>Parking lot (every round of this workshop):</source>
        <translation>Temas pendientes (todas las rondas de este taller):</translation>
    </message>
    <message>
        <source>Report-outs and votes</source>
        <translation>Informes y votos</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Ronda %1</translation>
    </message>
    <message>
        <source>Round %1 · %2</source>
        <translation>Ronda %1 · %2</translation>
    </message>
    <message>
        <source>No discussion rounds yet. Add one with New round.</source>
        <translation>Todavía no hay rondas de discusión. Agregue una con Nueva ronda.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Repeated pairs: %1</source>
        <translation>Parejas repetidas: %1</translation>
    </message>
    <message>
        <source>Role imbalance: %1</source>
        <translation>Desequilibrio de roles: %1</translation>
    </message>
    <message>
        <source>Size spread: %1</source>
        <translation>Diferencia de tamaño: %1</translation>
    </message>
    <message>
        <source>Partners together: %1</source>
        <translation>Compañeros juntos: %1</translation>
    </message>
    <message>
        <source>Teams split: %1</source>
        <translation>Equipos separados: %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Group %1 (%2)</source>
        <translation>Grupo %1 (%2)</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source> (pinned)</source>
        <translation> (fijado)</translation>
    </message>
    <message>
        <source>Large group</source>
        <translation>Grupo grande</translation>
    </message>
    <message>
        <source>%1 of %2 dots left</source>
        <translation>Quedan %1 de %2 votos</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>Día %1 · %2</translation>
    </message>
    <message>
        <source>Delete the Round</source>
        <translation>Eliminar la ronda</translation>
    </message>
    <message>
        <source>Delete round %1 with its groups, report-outs and votes? Undo brings it back.</source>
        <translation>¿Desea eliminar la ronda %1 con sus grupos, informes y votos? Deshacer la recupera.</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>&amp;Guardar notas</translation>
    </message>
    <message>
        <source>Re&amp;move point</source>
        <translation>&amp;Quitar punto</translation>
    </message>
    <message>
        <source>+&amp;1 dot</source>
        <translation>+&amp;1 voto</translation>
    </message>
    <message>
        <source>&amp;Group report-outs</source>
        <translation>&amp;Informes de los grupos</translation>
    </message>
    <message>
        <source>&amp;Large group &amp;&amp; votes</source>
        <translation>Grupo grande &amp;&amp; v&amp;otos</translation>
    </message>
</context>
<context>
    <name>rt::ui::Document</name>
    <message>
        <source>Not saved: the connection to %1 was lost (%2). Nothing was changed on the server.</source>
        <translation>No se guardó: se perdió la conexión con %1 (%2). No se modificó nada en el servidor.</translation>
    </message>
    <message>
        <source>your last change</source>
        <translation>su último cambio</translation>
    </message>
    <message>
        <source>Changes made elsewhere</source>
        <translation>Cambios hechos en otro lugar</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
</context>
<context>
    <name>rt::ui::ExportDialog</name>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Comma-separated values (.csv)</source>
        <translation>Valores separados por comas (.csv)</translation>
    </message>
    <message>
        <source>Spreadsheet format</source>
        <translation>Formato de hoja de cálculo</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Tamaño de página</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Tamaño de página:</translation>
    </message>
    <message>
        <source>Printed at the top of each page (optional)</source>
        <translation>Se imprime en la parte superior de cada página (opcional)</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>A PNG or JPEG image (optional)</source>
        <translation>Una imagen PNG o JPEG (opcional)</translation>
    </message>
    <message>
        <source>Logo image file</source>
        <translation>Archivo de imagen del logotipo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>Elegir una imagen de logotipo</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logotipo:</translation>
    </message>
    <message>
        <source>Every block (one sheet each)</source>
        <translation>Todos los bloques (una hoja cada uno)</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>&amp;Block:</source>
        <translation>&amp;Bloque:</translation>
    </message>
    <message>
        <source>By last name</source>
        <translation>Por apellido</translation>
    </message>
    <message>
        <source>Grouped by team</source>
        <translation>Agrupados por equipo</translation>
    </message>
    <message>
        <source>Order of names</source>
        <translation>Orden de los nombres</translation>
    </message>
    <message>
        <source>O&amp;rder:</source>
        <translation>O&amp;rden:</translation>
    </message>
    <message>
        <source>Blank rows for walk-ins</source>
        <translation>Filas en blanco para participantes sin inscripción</translation>
    </message>
    <message>
        <source>Blank rows for &amp;walk-ins:</source>
        <translation>Filas en blanco para participantes &amp;sin inscripción:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>“%1” is not an image Roundtable can read. Choose a PNG or JPEG file, or leave the logo empty.</source>
        <translation>“%1” no es una imagen que Roundtable pueda leer. Elija un archivo PNG o JPEG, o deje el logotipo vacío.</translation>
    </message>
</context>
<context>
    <name>rt::ui::FileView</name>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>Filter workshops</source>
        <translation>Filtrar talleres</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>Show everyone in the file</source>
        <translation>Mostrar a todas las personas del archivo</translation>
    </message>
    <message>
        <source>Everyone in the file, across workshops (Ctrl+Shift+P)</source>
        <translation>Todas las personas del archivo, en todos los talleres (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <source>Show the follow-up of action plans</source>
        <translation>Mostrar el seguimiento de los planes de acción</translation>
    </message>
    <message>
        <source>Action items of every workshop: overdue, due soon, where each stands (Ctrl+Shift+F)</source>
        <translation>Acciones de todos los talleres: vencidas, próximas a vencer, en qué situación está cada una (Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <source>No matching workshop</source>
        <translation>Ningún taller coincide</translation>
    </message>
    <message>
        <source>No workshop matches “%1”.</source>
        <translation>Ningún taller coincide con «%1».</translation>
    </message>
    <message>
        <source>Fo&amp;llow-up</source>
        <translation>&amp;Seguimiento</translation>
    </message>
</context>
<context>
    <name>rt::ui::FollowUpModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Acciones: %1</translation>
    </message>
    <message>
        <source>Last update, %1 (%2): %3</source>
        <translation>Última nota de avance, %1 (%2): %3</translation>
    </message>
    <message>
        <source>Workshop: %1, %2</source>
        <translation>Taller: %1, %2</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días rest.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Último avance</translation>
    </message>
</context>
<context>
    <name>rt::ui::FollowUpPage</name>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Vencidas</translation>
    </message>
    <message>
        <source>Due in the &amp;next</source>
        <translation>Vencen en los &amp;próximos</translation>
    </message>
    <message>
        <source>Show &amp;done</source>
        <translation>Mostrar te&amp;rminadas</translation>
    </message>
    <message>
        <source>Record &amp;Update…</source>
        <translation>Registrar &amp;avance…</translation>
    </message>
    <message>
        <source>Record a dated update of the selected action item</source>
        <translation>Registrar una nota de avance con fecha para la acción seleccionada</translation>
    </message>
    <message>
        <source>&amp;Go to Workshop</source>
        <translation>&amp;Ir al taller</translation>
    </message>
    <message>
        <source>Open the workshop of the selected action item</source>
        <translation>Abrir el taller de la acción seleccionada</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Date of the follow-up</source>
        <translation>Fecha del seguimiento</translation>
    </message>
    <message>
        <source>Only overdue items</source>
        <translation>Solo las acciones vencidas</translation>
    </message>
    <message>
        <source>Only items due soon, and overdue ones</source>
        <translation>Solo las acciones próximas a vencer y las vencidas</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Due within how many days</source>
        <translation>Vencen dentro de cuántos días</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Show done items</source>
        <translation>Mostrar las acciones terminadas</translation>
    </message>
    <message>
        <source>Follow-up counts</source>
        <translation>Recuentos del seguimiento</translation>
    </message>
    <message>
        <source>Nothing to follow up</source>
        <translation>Nada que dar seguimiento</translation>
    </message>
    <message>
        <source>Action items to follow up</source>
        <translation>Acciones por dar seguimiento</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Double-click an item to record an update.</source>
        <translation>Haga doble clic en una acción para registrar una nota de avance.</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>Todos los talleres</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>al %1</translation>
    </message>
    <message>
        <source>%1 overdue · %2 due in %3 · %4 open of %5</source>
        <translation>%1 vencidas · %2 vencen en %3 · %4 abiertas de %5</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>No action items yet. The teams&apos; action plans of every workshop in this file show here, to follow up at 30, 60 and 90 days.</source>
        <translation>Todavía no hay acciones. Aquí aparecen los planes de acción de los equipos de todos los talleres de este archivo, para darles seguimiento a los 30, 60 y 90 días.</translation>
    </message>
    <message>
        <source>No action item matches these filters.</source>
        <translation>Ninguna acción coincide con estos filtros.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Wor&amp;kshop:</source>
        <translation>Ta&amp;ller:</translation>
    </message>
</context>
<context>
    <name>rt::ui::GroupsBoard</name>
    <message>
        <source>Roundtable — Groups</source>
        <translation>Roundtable — Grupos</translation>
    </message>
    <message>
        <source>Groups on the projector</source>
        <translation>Grupos en el proyector</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Ronda %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
</context>
<context>
    <name>rt::ui::HelpWindow</name>
    <message>
        <source>Roundtable User Guide</source>
        <translation>Guía del usuario de Roundtable</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back to the previous page of the guide</source>
        <translation>Volver a la página anterior de la guía</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contenido</translation>
    </message>
    <message>
        <source>The guide&apos;s first page</source>
        <translation>La primera página de la guía</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>The user guide is not installed on this computer. It is in the docs/guide folder of Roundtable&apos;s source, and in the Debian package.</source>
        <translation>La guía del usuario no está instalada en esta computadora. Está en la carpeta docs/guide del código fuente de Roundtable y en el paquete de Debian.</translation>
    </message>
</context>
<context>
    <name>rt::ui::HistoryDialog</name>
    <message>
        <source>Close the history</source>
        <translation>Cerrar el historial</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>History of this file</source>
        <translation>Historial de este archivo</translation>
    </message>
</context>
<context>
    <name>rt::ui::HistoryPanel</name>
    <message>
        <source>Show &amp;older changes</source>
        <translation>Mostrar cambios &amp;anteriores</translation>
    </message>
    <message>
        <source>Show older changes</source>
        <translation>Mostrar cambios anteriores</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>Su &amp;nombre…</translation>
    </message>
    <message>
        <source>Your name for the change history</source>
        <translation>Su nombre para el historial de cambios</translation>
    </message>
    <message>
        <source>Whose history</source>
        <translation>Historial de quién</translation>
    </message>
    <message>
        <source>Number of changes shown</source>
        <translation>Número de cambios mostrados</translation>
    </message>
    <message>
        <source>Filter by name, change, detail or who made it (Ctrl+F)</source>
        <translation>Filtrar por nombre, cambio, detalle o autor (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>Filtrar el historial</translation>
    </message>
    <message>
        <source>Name your changes are recorded under</source>
        <translation>Nombre con el que se registran sus cambios</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>No se puede leer el historial: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s)</source>
        <translation>
            <numerusform>… y %n fila más</numerusform>
            <numerusform>… y %n filas más</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Todavía no hay cambios registrados.</translation>
    </message>
    <message>
        <source>%1 of %2 loaded changes match</source>
        <translation>%1 de %2 cambios cargados coinciden</translation>
    </message>
    <message>
        <source>The newest %1 of %2 changes</source>
        <translation>Los %1 cambios más recientes de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Your changes are recorded as “%1”.</source>
        <translation>Sus cambios se registran como “%1”.</translation>
    </message>
</context>
<context>
    <name>rt::ui::ImportDuplicatesModel</name>
    <message>
        <source>Skip: same person as line %1</source>
        <translation>Omitir: es la misma persona que la línea %1</translation>
    </message>
    <message>
        <source>Enroll the person already in the file</source>
        <translation>Inscribir a la persona que ya está en el archivo</translation>
    </message>
    <message>
        <source>Add as a new person</source>
        <translation>Agregar como persona nueva</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Line %1 of this file</source>
        <translation>Línea %1 de este archivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>In the file you chose</source>
        <translation>En el archivo que eligió</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Se parece a</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
</context>
<context>
    <name>rt::ui::ImportMappingPage</name>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Punto y coma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulación</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Barra vertical (|)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Mapping remembered from your last import of a file with these columns.</source>
        <translation>Asignación recordada de su última importación de un archivo con estas columnas.</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>Codificación del archivo</translation>
    </message>
    <message>
        <source>Delimiter between columns</source>
        <translation>Delimitador entre columnas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Remembered mapping</source>
        <translation>Asignación recordada</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Filas mostradas</translation>
    </message>
    <message>
        <source>Problem with the mapping</source>
        <translation>Problema con la asignación</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vista previa de las primeras filas</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <source>Import each column as:</source>
        <translation>Importar cada columna como:</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s) under the header row (a workbook: its first sheet)</source>
        <translation>
            <numerusform>%1 — %n fila debajo de la fila de encabezado (un libro: su primera hoja)</numerusform>
            <numerusform>%1 — %n filas debajo de la fila de encabezado (un libro: su primera hoja)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s) under the header row</source>
        <translation>
            <numerusform>%1 — %n fila debajo de la fila de encabezado</numerusform>
            <numerusform>%1 — %n filas debajo de la fila de encabezado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n row(s), numbered by their line in the file:</source>
        <translation>
            <numerusform>Las primeras %1 filas de %n, numeradas según su línea en el archivo:</numerusform>
            <numerusform>Las primeras %1 filas de %n, numeradas según su línea en el archivo:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), numbered by their line in the file:</source>
        <translation>
            <numerusform>%n fila, numerada según su línea en el archivo:</numerusform>
            <numerusform>%n filas, numeradas según su línea en el archivo:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import column “%1” as</source>
        <translation>Importar la columna “%1” como</translation>
    </message>
    <message>
        <source>The file has no rows under its header row, so there is nobody to import.</source>
        <translation>El archivo no tiene filas debajo de la fila de encabezado, así que no hay nadie que importar.</translation>
    </message>
</context>
<context>
    <name>rt::ui::ImportPreviewModel</name>
    <message>
        <source>not imported</source>
        <translation>no se importa</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
</context>
<context>
    <name>rt::ui::ImportReportPage</name>
    <message>
        <source>  line %1: %2</source>
        <translation>  línea %1: %2</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar informe</translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation>Copiar el informe</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <source>Save the report as a text file</source>
        <translation>Guardar el informe como archivo de texto</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>The import is saved. Edit &gt; Undo takes all of it back.</source>
        <translation>La importación está guardada. Editar &gt; Deshacer la revierte por completo.</translation>
    </message>
    <message>
        <source>the same person as line %1</source>
        <translation>la misma persona que la línea %1</translation>
    </message>
    <message>
        <source>skipped in the review (%1)</source>
        <translation>omitida en la revisión (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (matched: %2)</source>
        <translation>%1 (coincide con: %2)</translation>
    </message>
    <message>
        <source>Roster import into “%1”</source>
        <translation>Importación de la lista de participantes en “%1”</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>De %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n fila leída.</numerusform>
            <numerusform>%n filas leídas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new person(s) added.</source>
        <translation>
            <numerusform>%n persona nueva agregada.</numerusform>
            <numerusform>%n personas nuevas agregadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already in the file enrolled.</source>
        <translation>
            <numerusform>%n persona que ya estaba en el archivo fue inscrita.</numerusform>
            <numerusform>%n personas que ya estaban en el archivo fueron inscritas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) registered, with a place.</source>
        <translation>
            <numerusform>%n persona registrada, con plaza.</numerusform>
            <numerusform>%n personas registradas, con plaza.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) on the waitlist: the workshop had no places left for them.</source>
        <translation>
            <numerusform>%n persona en la lista de espera: el taller no tenía plazas disponibles.</numerusform>
            <numerusform>%n personas en la lista de espera: el taller no tenía plazas disponibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped.</source>
        <translation>
            <numerusform>%n fila omitida.</numerusform>
            <numerusform>%n filas omitidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added and registered:</source>
        <translation>Agregadas y registradas:</translation>
    </message>
    <message>
        <source>Added to the waitlist (no places left):</source>
        <translation>Agregadas a la lista de espera (sin plazas disponibles):</translation>
    </message>
    <message>
        <source>Already in the file, registered:</source>
        <translation>Ya en el archivo, registradas:</translation>
    </message>
    <message>
        <source>Already in the file, on the waitlist (no places left):</source>
        <translation>Ya en el archivo, en la lista de espera (sin plazas disponibles):</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Omitidas:</translation>
    </message>
    <message>
        <source>Import report.txt</source>
        <translation>Informe de importación.txt</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Guardar el informe de importación</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>No se guardó el informe</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>No se pudo escribir el informe en %1: %2</translation>
    </message>
</context>
<context>
    <name>rt::ui::ImportReviewPage</name>
    <message>
        <source>the same person as line %1</source>
        <translation>la misma persona que la línea %1</translation>
    </message>
    <message>
        <source>you chose to skip it above (%1)</source>
        <translation>usted eligió omitirla arriba (%1)</translation>
    </message>
    <message>
        <source>For the selected rows</source>
        <translation>Para las filas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Enroll the person already in the file</source>
        <translation>&amp;Inscribir a la persona que ya está en el archivo</translation>
    </message>
    <message>
        <source>Add as a &amp;new person</source>
        <translation>Agregar como persona &amp;nueva</translation>
    </message>
    <message>
        <source>S&amp;kip the row</source>
        <translation>&amp;Omitir la fila</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Lo que hará la importación</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Enroll the person already in the file</source>
        <translation>Inscribir a la persona que ya está en el archivo</translation>
    </message>
    <message>
        <source>Add as a new person</source>
        <translation>Agregar como persona nueva</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Omitir la fila</translation>
    </message>
    <message>
        <source>What to do with the selected rows</source>
        <translation>Qué hacer con las filas seleccionadas</translation>
    </message>
    <message>
        <source>Rows that will be skipped</source>
        <translation>Filas que se omitirán</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Why it is skipped</source>
        <translation>Por qué se omite</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read from the file.</source>
        <translation>
            <numerusform>%n fila leída del archivo.</numerusform>
            <numerusform>%n filas leídas del archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n new person(s) will be added to the file and enrolled.</source>
        <translation>
            <numerusform>• %n persona nueva se agregará al archivo y se inscribirá.</numerusform>
            <numerusform>• %n personas nuevas se agregarán al archivo y se inscribirán.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n person(s) already in the file will be enrolled.</source>
        <translation>
            <numerusform>• %n persona que ya está en el archivo se inscribirá.</numerusform>
            <numerusform>• %n personas que ya están en el archivo se inscribirán.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will go on the waitlist (the later rows of the file).</source>
        <translation>
            <numerusform>%n persona pasará a la lista de espera (las últimas filas del archivo).</numerusform>
            <numerusform>%n personas pasarán a la lista de espera (las últimas filas del archivo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• The workshop has room for %n more, so %1</source>
        <translation>
            <numerusform>• El taller tiene cupo para %n persona más, así que %1</numerusform>
            <numerusform>• El taller tiene cupo para %n personas más, así que %1</numerusform>
        </translation>
    </message>
    <message>
        <source>• The workshop is full, so %1</source>
        <translation>• El taller está lleno, así que %1</translation>
    </message>
    <message numerus="yes">
        <source>• %n likely duplicate(s) of someone already in the file or of an earlier row: choose below what to do with each.</source>
        <translation>
            <numerusform>• %n posible duplicado de alguien que ya está en el archivo o de una fila anterior: elija abajo qué hacer con cada uno.</numerusform>
            <numerusform>• %n posibles duplicados de alguien que ya está en el archivo o de una fila anterior: elija abajo qué hacer con cada uno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n row(s) will be skipped, listed below with the reason.</source>
        <translation>
            <numerusform>• %n fila se omitirá; se indica abajo con el motivo.</numerusform>
            <numerusform>• %n filas se omitirán; se indican abajo con el motivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import adds everyone in one step, which Undo takes back.</source>
        <translation>Todavía no se ha escrito nada. Importar agrega a todos en un solo paso, que Deshacer revierte.</translation>
    </message>
    <message>
        <source>Likely duplicates (%1)</source>
        <translation>Posibles duplicados (%1)</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>No hay posibles duplicados</translation>
    </message>
    <message>
        <source>Rows that will be skipped (%1)</source>
        <translation>Filas que se omitirán (%1)</translation>
    </message>
    <message>
        <source>No rows will be skipped</source>
        <translation>No se omitirá ninguna fila</translation>
    </message>
</context>
<context>
    <name>rt::ui::ImportRosterDialog</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>Back to the columns</source>
        <translation>Volver a las columnas</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>Next: review the import</source>
        <translation>Siguiente: revisar la importación</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import the roster</source>
        <translation>Importar la lista de participantes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Import a roster — %1</source>
        <translation>Importar una lista de participantes — %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Step 1 of 3: which column holds what</source>
        <translation>Paso 1 de 3: qué contiene cada columna</translation>
    </message>
    <message>
        <source>Step 2 of 3: review before anything is written</source>
        <translation>Paso 2 de 3: revisar antes de escribir nada</translation>
    </message>
    <message>
        <source>Step 3 of 3: imported</source>
        <translation>Paso 3 de 3: importado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>Importando %n fila…</numerusform>
            <numerusform>Importando %n filas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the roster</source>
        <translation>Importando la lista de participantes</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written: the roster is as it was.</source>
        <translation>Se canceló la importación. No se escribió nada: la lista de participantes quedó como estaba.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No se importó</translation>
    </message>
    <message>
        <source>Nothing was imported, and the roster is as it was. %1</source>
        <translation>No se importó nada y la lista de participantes quedó como estaba. %1</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Importar una lista de participantes</translation>
    </message>
    <message>
        <source>Registration lists (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Listas de registro (*.csv *.tsv *.txt *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
</context>
<context>
    <name>rt::ui::LivePanel</name>
    <message>
        <source>&amp;Start the day</source>
        <translation>&amp;Iniciar el día</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>&amp;Siguiente punto</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>&amp;Extender</translation>
    </message>
    <message>
        <source>Reset the day…</source>
        <translation>Restablecer el día…</translation>
    </message>
    <message>
        <source>Pro&amp;jector…</source>
        <translation>Pro&amp;yector…</translation>
    </message>
    <message>
        <source>Item on now</source>
        <translation>Punto en curso</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Time elapsed</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Siguiente punto</translation>
    </message>
    <message>
        <source>Projected end of the day</source>
        <translation>Fin previsto del día</translation>
    </message>
    <message>
        <source>Start the day&apos;s agenda</source>
        <translation>Iniciar la agenda del día</translation>
    </message>
    <message>
        <source>End this item and start the next</source>
        <translation>Terminar este punto e iniciar el siguiente</translation>
    </message>
    <message>
        <source>Pause or resume the item</source>
        <translation>Pausar o reanudar el punto</translation>
    </message>
    <message>
        <source>Extend the item</source>
        <translation>Extender el punto</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes to extend by</source>
        <translation>Minutos que se extenderá</translation>
    </message>
    <message>
        <source>Clear the day&apos;s live record</source>
        <translation>Borrar el registro en vivo del día</translation>
    </message>
    <message>
        <source>Show the projector view</source>
        <translation>Mostrar la vista de proyector</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>En pausa: %1</translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation>excedido por %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>%1 elapsed of %2</source>
        <translation>%1 transcurridos de %2</translation>
    </message>
    <message>
        <source>The day&apos;s agenda is done.</source>
        <translation>La agenda del día terminó.</translation>
    </message>
    <message>
        <source>No agenda for this day yet.</source>
        <translation>Todavía no hay agenda para este día.</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>No ha comenzado.</translation>
    </message>
    <message>
        <source>Next: %1 at %2</source>
        <translation>Siguiente: %1 a las %2</translation>
    </message>
    <message>
        <source>%1 behind. The day ends about %2 (planned %3).</source>
        <translation>%1 de retraso. El día termina alrededor de las %2 (previsto: %3).</translation>
    </message>
    <message>
        <source>%1 ahead. The day ends about %2 (planned %3).</source>
        <translation>%1 de adelanto. El día termina alrededor de las %2 (previsto: %3).</translation>
    </message>
    <message>
        <source>On time. The day ends about %1.</source>
        <translation>A tiempo. El día termina alrededor de las %1.</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Pa&amp;usar</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Rean&amp;udar</translation>
    </message>
</context>
<context>
    <name>rt::ui::MainWindow</name>
    <message>
        <source>Roundtable</source>
        <translation>Roundtable</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New File…</source>
        <translation>&amp;Nuevo archivo…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Conectar al ser&amp;vidor…</translation>
    </message>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation>Restaurar &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Merge from…</source>
        <translation>Co&amp;mbinar desde…</translation>
    </message>
    <message>
        <source>&amp;Import Roster…</source>
        <translation>&amp;Importar lista de participantes…</translation>
    </message>
    <message>
        <source>&amp;Print and Export</source>
        <translation>Im&amp;primir y exportar</translation>
    </message>
    <message>
        <source>&amp;Sign-in Sheets…</source>
        <translation>&amp;Hojas de firmas…</translation>
    </message>
    <message>
        <source>&amp;Attendance Record…</source>
        <translation>&amp;Registro de asistencia…</translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation>&amp;Certificados…</translation>
    </message>
    <message>
        <source>&amp;Name Tents…</source>
        <translation>&amp;Tarjetas de nombre…</translation>
    </message>
    <message>
        <source>&amp;Badges…</source>
        <translation>&amp;Gafetes…</translation>
    </message>
    <message>
        <source>Agenda for &amp;Facilitators…</source>
        <translation>Agenda para &amp;facilitadores…</translation>
    </message>
    <message>
        <source>Agenda Calendar (.&amp;ics)…</source>
        <translation>Calendario de la agenda (.&amp;ics)…</translation>
    </message>
    <message>
        <source>&amp;Group Lists…</source>
        <translation>&amp;Listas de grupos…</translation>
    </message>
    <message>
        <source>&amp;Discussion Summary…</source>
        <translation>Resumen de la &amp;discusión…</translation>
    </message>
    <message>
        <source>&amp;Outcome Report…</source>
        <translation>Informe de res&amp;ultados…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Pricing…</source>
        <translation>&amp;Tarifas…</translation>
    </message>
    <message>
        <source>Programs and Practice &amp;Groups…</source>
        <translation>Programas y &amp;grupos de práctica…</translation>
    </message>
    <message>
        <source>&amp;Venues and Facilitators…</source>
        <translation>&amp;Sedes y facilitadores…</translation>
    </message>
    <message>
        <source>&amp;Assessment Templates…</source>
        <translation>Plantillas de &amp;evaluación…</translation>
    </message>
    <message>
        <source>Your &amp;Name for the Change History…</source>
        <translation>Su &amp;nombre para el historial de cambios…</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Taller</translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Nuevo taller…</translation>
    </message>
    <message>
        <source>&amp;Delete Workshop…</source>
        <translation>&amp;Eliminar taller…</translation>
    </message>
    <message>
        <source>&amp;Add to Roster…</source>
        <translation>&amp;Agregar a la lista de participantes…</translation>
    </message>
    <message>
        <source>New &amp;Team…</source>
        <translation>Nuevo e&amp;quipo…</translation>
    </message>
    <message>
        <source>&amp;Suggest Teams…</source>
        <translation>&amp;Sugerir equipos…</translation>
    </message>
    <message>
        <source>&amp;Check In…</source>
        <translation>&amp;Registrar llegada…</translation>
    </message>
    <message>
        <source>Attendance &amp;Grid</source>
        <translation>&amp;Cuadrícula de asistencia</translation>
    </message>
    <message>
        <source>Attendance &amp;Blocks and Credit…</source>
        <translation>&amp;Bloques de asistencia y crédito…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Show the latest of everything, including other stations&apos; changes</source>
        <translation>Mostrar lo más reciente de todo, incluidos los cambios de otras estaciones</translation>
    </message>
    <message>
        <source>&amp;People in This File</source>
        <translation>&amp;Personas en este archivo</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Roster &amp;&amp; Teams</source>
        <translation>&amp;Lista y equipos</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>Asis&amp;tencia</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>&amp;Discussions</source>
        <translation>&amp;Discusiones</translation>
    </message>
    <message>
        <source>O&amp;utcomes</source>
        <translation>Concl&amp;usiones</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workshop</source>
        <translation>Abrir taller de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;About Roundtable</source>
        <translation>&amp;Acerca de Roundtable</translation>
    </message>
    <message>
        <source>About Roundtable</source>
        <translation>Acerca de Roundtable</translation>
    </message>
    <message>
        <source>Roundtable %1

Workshops for city managers and police chiefs: rosters, teams, attendance and outcomes, kept in one file that works without a network.

Free software under the GNU GPL, version 3 or later.</source>
        <translation>Roundtable %1

Talleres para administradores municipales y jefes de policía: listas de participantes, equipos, asistencia y resultados, guardados en un solo archivo que funciona sin red.

Software libre bajo la GNU GPL, versión 3 o posterior.</translation>
    </message>
    <message>
        <source>Backups of a server&apos;s database are made and restored on the server</source>
        <translation>Las copias de seguridad de la base de datos de un servidor se hacen y se restauran en el servidor</translation>
    </message>
    <message>
        <source>Put one of this file&apos;s backups in its place</source>
        <translation>Poner en su lugar una de las copias de seguridad de este archivo</translation>
    </message>
    <message>
        <source>%1  —  server</source>
        <translation>%1  —  servidor</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Updated %1 with changes from another station</source>
        <translation>Se actualizó %1 con cambios de otra estación</translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation>El archivo está dañado</translation>
    </message>
    <message>
        <source>%1 (read-only) — Roundtable</source>
        <translation>%1 (solo lectura) — Roundtable</translation>
    </message>
    <message>
        <source>%1 — Roundtable</source>
        <translation>%1 — Roundtable</translation>
    </message>
    <message>
        <source>Connected to %1. Every change is saved on the server as you make it; other stations&apos; changes appear here as they are made.</source>
        <translation>Conectado a %1. Cada cambio se guarda en el servidor en cuanto lo hace; los cambios de otras estaciones aparecen aquí a medida que se hacen.</translation>
    </message>
    <message>
        <source>Opened %1 read-only: it is open elsewhere.</source>
        <translation>Se abrió %1 en solo lectura: está abierto en otro lugar.</translation>
    </message>
    <message>
        <source>Opened %1. Every change is saved as you make it.</source>
        <translation>Se abrió %1. Cada cambio se guarda en cuanto lo hace.</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>Cannot create the file</source>
        <translation>No se puede crear el archivo</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>No se puede abrir la demostración</translation>
    </message>
    <message>
        <source>Opened the demo: fictional people, real places. Change anything; Help &gt; Open Demo Workshop starts it afresh.</source>
        <translation>Se abrió la demostración: personas ficticias, lugares reales. Cambie lo que quiera; Ayuda &gt; Abrir taller de demostración la reinicia desde cero.</translation>
    </message>
    <message>
        <source>New Roundtable file</source>
        <translation>Nuevo archivo de Roundtable</translation>
    </message>
    <message>
        <source>Open a Roundtable file</source>
        <translation>Abrir un archivo de Roundtable</translation>
    </message>
    <message>
        <source>Merge from another copy of this file</source>
        <translation>Combinar desde otra copia de este archivo</translation>
    </message>
    <message>
        <source>Merge from</source>
        <translation>Combinar desde</translation>
    </message>
    <message>
        <source>the new workshop</source>
        <translation>el taller nuevo</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Eliminar taller</translation>
    </message>
    <message>
        <source>Delete “%1” with its roster (%2 people) and %3 teams? The people stay in the file. Undo brings the workshop back.</source>
        <translation>¿Desea eliminar “%1” con su lista de participantes (%2 personas) y %3 equipos? Las personas permanecen en el archivo. Deshacer recupera el taller.</translation>
    </message>
    <message>
        <source>deleting “%1”</source>
        <translation>eliminación de “%1”</translation>
    </message>
    <message>
        <source>the pricing</source>
        <translation>las tarifas</translation>
    </message>
    <message>
        <source>Restore a backup of which file?</source>
        <translation>¿De qué archivo desea restaurar una copia de seguridad?</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No se restauró</translation>
    </message>
    <message>
        <source>Restored the backup “%1”. The state before it was backed up as “%2”.</source>
        <translation>Se restauró la copia de seguridad “%1”. El estado anterior se guardó como copia de seguridad “%2”.</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>No se escribió</translation>
    </message>
    <message>
        <source>Saved %1 — %2</source>
        <translation>Se guardó %1 — %2</translation>
    </message>
    <message>
        <source>No roster was imported, so the new workshop was not kept. Edit &gt; Redo brings it back.</source>
        <translation>No se importó ninguna lista de participantes, así que el taller nuevo no se conservó. Editar &gt; Rehacer lo recupera.</translation>
    </message>
    <message>
        <source>Take Workshop Off&amp;line…</source>
        <translation>&amp;Llevar el taller sin conexión…</translation>
    </message>
    <message>
        <source>Attendance Spreadsheet (CSV or &amp;XLSX)…</source>
        <translation>Hoja de cálculo de asistencia (CSV o &amp;XLSX)…</translation>
    </message>
    <message>
        <source>Agenda for &amp;Participants…</source>
        <translation>Agenda para &amp;participantes…</translation>
    </message>
    <message>
        <source>Ac&amp;tion Plans…</source>
        <translation>Planes de &amp;acción…</translation>
    </message>
    <message>
        <source>&amp;Close File</source>
        <translation>C&amp;errar archivo</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Go to the search field of the page on screen</source>
        <translation>Ir al campo de búsqueda de la página en pantalla</translation>
    </message>
    <message>
        <source>Follow-up of &amp;Action Plans</source>
        <translation>&amp;Seguimiento de planes de acción</translation>
    </message>
    <message>
        <source>Clear Recent &amp;Files</source>
        <translation>&amp;Borrar la lista de recientes</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
</context>
<context>
    <name>rt::ui::MergeDialog</name>
    <message>
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregados</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminados</translation>
    </message>
    <message>
        <source>Changes by kind of record</source>
        <translation>Cambios por tipo de registro</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Este archivo</translation>
    </message>
    <message>
        <source>The other file</source>
        <translation>El otro archivo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Why it was not taken</source>
        <translation>Por qué no se tomó</translation>
    </message>
    <message>
        <source>Records not taken</source>
        <translation>Registros no tomados</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Co&amp;mbinar</translation>
    </message>
    <message>
        <source>Merge the other file into this one</source>
        <translation>Combinar el otro archivo con este</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without merging</source>
        <translation>Cerrar sin combinar</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>&amp;Copiar informe</translation>
    </message>
    <message>
        <source>Copy the merge report</source>
        <translation>Copiar el informe de la combinación</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <source>Save the merge report as a text file</source>
        <translation>Guardar el informe de la combinación como archivo de texto</translation>
    </message>
    <message>
        <source>Merge from %1</source>
        <translation>Combinar desde %1</translation>
    </message>
    <message>
        <source>What merging does</source>
        <translation>Qué hace la combinación</translation>
    </message>
    <message>
        <source>Summary of the merge</source>
        <translation>Resumen de la combinación</translation>
    </message>
    <message>
        <source>Why the merge could not be done</source>
        <translation>Por qué no se pudo hacer la combinación</translation>
    </message>
    <message>
        <source>Merge report</source>
        <translation>Informe de la combinación</translation>
    </message>
    <message>
        <source>Merge report sections</source>
        <translation>Secciones del informe de la combinación</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Not Taken</source>
        <translation>No tomados</translation>
    </message>
    <message>
        <source>Full Report</source>
        <translation>Informe completo</translation>
    </message>
    <message>
        <source>Merged “%1” into this file. Edit &gt; Undo takes the whole merge back.</source>
        <translation>Se combinó “%1” con este archivo. Editar &gt; Deshacer revierte toda la combinación.</translation>
    </message>
    <message>
        <source>Merging “%1” into this file (“%2”) would do what is listed below. Nothing has been written yet; the other file is never changed. Where both files changed the same record, the newer change wins.</source>
        <translation>Combinar “%1” con este archivo (“%2”) haría lo que se indica abajo. Todavía no se ha escrito nada; el otro archivo nunca se modifica. Cuando ambos archivos cambiaron el mismo registro, prevalece el cambio más reciente.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 deleted · %4 conflicts · %5 not taken · %6 entries of the other file&apos;s history</source>
        <translation>%1 agregados, %2 actualizados, %3 eliminados · %4 conflictos · %5 no tomados · %6 entradas del historial del otro archivo</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflictos (%1)</translation>
    </message>
    <message>
        <source>Not Taken (%1)</source>
        <translation>No tomados (%1)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the merge report</source>
        <translation>Cerrar el informe de la combinación</translation>
    </message>
    <message>
        <source>Save the merge report</source>
        <translation>Guardar el informe de la combinación</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Could not write “%1”. Choose another folder.</source>
        <translation>No se pudo escribir “%1”. Elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>rt::ui::NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Nuevo taller</translation>
    </message>
    <message>
        <source>&amp;Create workshop</source>
        <translation>&amp;Crear taller</translation>
    </message>
</context>
<context>
    <name>rt::ui::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>rt::ui::OutcomesTab</name>
    <message>
        <source>&amp;Assessments</source>
        <translation>&amp;Evaluaciones</translation>
    </message>
    <message>
        <source>Re&amp;sults</source>
        <translation>Re&amp;sultados</translation>
    </message>
    <message>
        <source>&amp;Worksheet</source>
        <translation>&amp;Hoja de trabajo</translation>
    </message>
    <message>
        <source>Action p&amp;lans</source>
        <translation>P&amp;lanes de acción</translation>
    </message>
    <message>
        <source>Outcomes pages</source>
        <translation>Páginas de conclusiones</translation>
    </message>
</context>
<context>
    <name>rt::ui::OverviewTab</name>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;gregar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Make &amp;lead</source>
        <translation>Hacer &amp;principal</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <source>Name, credentials (e.g. Paul O&apos;Connell, Ph.D.)</source>
        <translation>Nombre, títulos (p. ej., Paul O&apos;Connell, Ph.D.)</translation>
    </message>
    <message>
        <source>Facilitator to add</source>
        <translation>Facilitador que se agregará</translation>
    </message>
    <message>
        <source>Add facilitator</source>
        <translation>Agregar facilitador</translation>
    </message>
    <message>
        <source>Remove facilitator</source>
        <translation>Quitar facilitador</translation>
    </message>
    <message>
        <source>Make lead facilitator</source>
        <translation>Hacer facilitador principal</translation>
    </message>
    <message>
        <source>Program title</source>
        <translation>Título del programa</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Roster at a glance</source>
        <translation>Lista de participantes de un vistazo</translation>
    </message>
    <message>
        <source>What the fee quote does not cover</source>
        <translation>Lo que no cubre la cotización de la tarifa</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Fee quote</source>
        <translation>Cotización de la tarifa</translation>
    </message>
    <message>
        <source>lead facilitator</source>
        <translation>facilitador principal</translation>
    </message>
    <message>
        <source>No program chosen.</source>
        <translation>No se eligió ningún programa.</translation>
    </message>
    <message>
        <source>No practice groups listed.</source>
        <translation>No hay grupos de práctica indicados.</translation>
    </message>
    <message>
        <source>Practice groups: %1</source>
        <translation>Grupos de práctica: %1</translation>
    </message>
    <message>
        <source>%1 registered of %2 places (%3 left)
%4 on the waitlist · %5 cancelled
%6 teams complete · %7 incomplete
%8 · %9</source>
        <translation>%1 registrados de %2 plazas (quedan %3)
%4 en la lista de espera · %5 cancelados
%6 equipos completos · %7 incompletos
%8 · %9</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total so far</source>
        <translation>Total hasta ahora</translation>
    </message>
    <message>
        <source>Workshop overview</source>
        <translation>Resumen del taller</translation>
    </message>
</context>
<context>
    <name>rt::ui::PendingEditBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Retry the edit that was not saved</source>
        <translation>Reintentar la modificación que no se guardó</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Discard the edit that was not saved</source>
        <translation>Descartar la modificación que no se guardó</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Conexión perdida</translation>
    </message>
    <message>
        <source>%1
Waiting to be saved: %2. Retry sends it again; Discard gives it up.</source>
        <translation>%1
En espera de guardarse: %2. Reintentar la envía de nuevo; Descartar la abandona.</translation>
    </message>
    <message>
        <source>%1
Not saved: %2. Make it again once the network is back.</source>
        <translation>%1
No se guardó: %2. Vuelva a hacerla cuando se restablezca la red.</translation>
    </message>
    <message>
        <source>An edit was not saved</source>
        <translation>Una modificación no se guardó</translation>
    </message>
    <message>
        <source>“%1” was not saved: the connection to the server was lost. Close and give it up?</source>
        <translation>“%1” no se guardó: se perdió la conexión con el servidor. ¿Desea cerrar y descartarla?</translation>
    </message>
</context>
<context>
    <name>rt::ui::PeopleModel</name>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
</context>
<context>
    <name>rt::ui::PeoplePage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Find anyone in the file by name, jurisdiction, email or role (Ctrl+F)</source>
        <translation>Buscar a cualquier persona del archivo por nombre, jurisdicción, correo electrónico o rol (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>Number of people shown</source>
        <translation>Número de personas mostradas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Person details</source>
        <translation>Datos de la persona</translation>
    </message>
    <message>
        <source>The person&apos;s workshops</source>
        <translation>Talleres de la persona</translation>
    </message>
    <message>
        <source>Edit the selected person</source>
        <translation>Editar a la persona seleccionada</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Quitar a la persona seleccionada</translation>
    </message>
    <message>
        <source>History of the selected person</source>
        <translation>Historial de la persona seleccionada</translation>
    </message>
    <message>
        <source>Workshops (double-click to open):</source>
        <translation>Talleres (doble clic para abrir):</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personas</translation>
    </message>
    <message>
        <source>%1 of %2 people</source>
        <translation>%1 de %2 personas</translation>
    </message>
    <message>
        <source>Choose a person to see their details and workshops.</source>
        <translation>Elija a una persona para ver sus datos y sus talleres.</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Quitar persona</translation>
    </message>
    <message>
        <source>Remove %1 from the file?</source>
        <translation>¿Desea quitar a %1 del archivo?</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>&amp;Historial…</translation>
    </message>
</context>
<context>
    <name>rt::ui::PersonDialog</name>
    <message>
        <source>&amp;Register this person</source>
        <translation>Registrar a esta &amp;persona</translation>
    </message>
    <message>
        <source>Add to the roster</source>
        <translation>Agregar a la lista de participantes</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>Title, e.g. Deputy Chief</source>
        <translation>Cargo, p. ej., Subjefe</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Role title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>People already in the file who match</source>
        <translation>Personas del archivo que coinciden</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Jurisdicción:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Already in the file? People who match appear here as you type.</source>
        <translation>¿Ya está en el archivo? Las personas que coinciden aparecen aquí mientras escribe.</translation>
    </message>
    <message>
        <source>Register the selected person</source>
        <translation>Registrar a la persona seleccionada</translation>
    </message>
    <message>
        <source>&amp;Add new person</source>
        <translation>Agregar persona n&amp;ueva</translation>
    </message>
    <message>
        <source>Changes apply to this person on every workshop&apos;s roster.</source>
        <translation>Los cambios se aplican a esta persona en la lista de participantes de todos los talleres.</translation>
    </message>
    <message>
        <source>Same person? (%1)</source>
        <translation>¿Es la misma persona? (%1)</translation>
    </message>
    <message>
        <source>No one in the file matches yet.</source>
        <translation>Todavía no coincide nadie del archivo.</translation>
    </message>
    <message>
        <source>People in the file with a similar name:</source>
        <translation>Personas del archivo con un nombre parecido:</translation>
    </message>
    <message>
        <source>This may be someone already in the file. Register them rather than adding them twice:</source>
        <translation>Puede ser alguien que ya está en el archivo. Regístrelo en lugar de agregarlo dos veces:</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>%1 may already be in the file (%2: %3). Add a new person anyway?</source>
        <translation>Puede que %1 ya esté en el archivo (%2: %3). ¿Desea agregar una persona nueva de todos modos?</translation>
    </message>
</context>
<context>
    <name>rt::ui::PickSourceDialog</name>
    <message>
        <source>Nothing to choose</source>
        <translation>Nada que elegir</translation>
    </message>
    <message>
        <source>&amp;Add to the Plan</source>
        <translation>&amp;Agregar al plan</translation>
    </message>
</context>
<context>
    <name>rt::ui::PlacesPeopleDialog</name>
    <message>
        <source>Venues and facilitators</source>
        <translation>Sedes y facilitadores</translation>
    </message>
    <message>
        <source>e.g. Ph.D.</source>
        <translation>p. ej., Ph.D.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>N&amp;ew venue</source>
        <translation>N&amp;ueva sede</translation>
    </message>
    <message>
        <source>&amp;Save venue</source>
        <translation>&amp;Guardar sede</translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation>&amp;Títulos:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Co&amp;rreo electrónico:</translation>
    </message>
    <message>
        <source>N&amp;ew facilitator</source>
        <translation>N&amp;uevo facilitador</translation>
    </message>
    <message>
        <source>&amp;Save facilitator</source>
        <translation>&amp;Guardar facilitador</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Sedes</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>rt::ui::PreferencesDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Bo&amp;rrar</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8.5 × 11 pulg.)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Tamaño de página</translation>
    </message>
    <message>
        <source>Printed at the top of each page (optional)</source>
        <translation>Se imprime en la parte superior de cada página (opcional)</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Logo image file</source>
        <translation>Archivo de imagen del logotipo</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>Elegir una imagen de logotipo</translation>
    </message>
    <message>
        <source>Clear the logo</source>
        <translation>Borrar el logotipo</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Vista previa del logotipo</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>Documentos impresos</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Tamaño de página:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>&amp;Logotipo:</translation>
    </message>
    <message>
        <source>Attendance blocks of a new workshop&apos;s days</source>
        <translation>Bloques de asistencia de los días de un taller nuevo</translation>
    </message>
    <message>
        <source>Each day of a new workshop gets these blocks; a closing half day, those that start before noon. A workshop&apos;s own blocks are changed under Workshop &gt; Attendance Blocks and Credit.</source>
        <translation>Cada día de un taller nuevo recibe estos bloques; un medio día de cierre, los que empiezan antes del mediodía. Los bloques propios de un taller se cambian en Taller &gt; Bloques de asistencia y crédito.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Minutes between backups while a workshop is live</source>
        <translation>Minutos entre copias de seguridad mientras un taller está en vivo</translation>
    </message>
    <message>
        <source>Automatic (the system&apos;s language)</source>
        <translation>Automático (el idioma del sistema)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language shows the next time Roundtable starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie Roundtable.</translation>
    </message>
    <message>
        <source>Your name for the change history</source>
        <translation>Su nombre para el historial de cambios</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <source>&amp;Backups every:</source>
        <translation>&amp;Copias de seguridad cada:</translation>
    </message>
    <message>
        <source>While a workshop is live; 0 turns periodic backups off.</source>
        <translation>Mientras un taller está en vivo; 0 desactiva las copias de seguridad periódicas.</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>The change history records who made each change.</source>
        <translation>El historial de cambios registra quién hizo cada cambio.</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>No se puede leer</translation>
    </message>
    <message>
        <source>Attendance blocks</source>
        <translation>Bloques de asistencia</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
</context>
<context>
    <name>rt::ui::PricingDialog</name>
    <message>
        <source>Pricing</source>
        <translation>Tarifas</translation>
    </message>
    <message>
        <source> participants</source>
        <translation> participantes</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>aún no se sabe</translation>
    </message>
    <message>
        <source>Half-day rate</source>
        <translation>Tarifa por medio día</translation>
    </message>
    <message>
        <source>Participants covered</source>
        <translation>Participantes cubiertos</translation>
    </message>
    <message>
        <source>Additional fee for non-affiliated states, per half day</source>
        <translation>Recargo para estados no afiliados, por medio día</translation>
    </message>
    <message>
        <source>Half-day workshops cost the rate below for states with a signed affiliation agreement, for up to the number of participants given. Non-affiliated states pay an additional fee; its amount is not published, so enter the one you were given.</source>
        <translation>Los talleres de medio día cuestan la tarifa indicada abajo para los estados con un acuerdo de afiliación firmado, hasta el número de participantes indicado. Los estados no afiliados pagan un recargo; su monto no se publica, así que indique el que le dieron.</translation>
    </message>
    <message>
        <source>Half-day &amp;rate:</source>
        <translation>&amp;Tarifa por medio día:</translation>
    </message>
    <message>
        <source>&amp;Covers up to:</source>
        <translation>&amp;Cubre hasta:</translation>
    </message>
    <message>
        <source>&amp;Additional fee (non-affiliated), per half day:</source>
        <translation>&amp;Recargo (no afiliados), por medio día:</translation>
    </message>
    <message>
        <source>Half-day rate: %1</source>
        <translation>Tarifa por medio día: %1</translation>
    </message>
    <message>
        <source>Additional fee: %1</source>
        <translation>Recargo: %1</translation>
    </message>
</context>
<context>
    <name>rt::ui::ProjectorWindow</name>
    <message>
        <source>Roundtable projector</source>
        <translation>Proyector de Roundtable</translation>
    </message>
    <message>
        <source>Projector view</source>
        <translation>Vista de proyector</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Tiempo excedido</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>Queda menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>Queda %n minuto</numerusform>
            <numerusform>Quedan %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Paused · %1</source>
        <translation>En pausa · %1</translation>
    </message>
    <message>
        <source>Next: %1 at %2</source>
        <translation>Siguiente: %1 a las %2</translation>
    </message>
    <message>
        <source>Last item — the day ends at %1</source>
        <translation>Último punto — el día termina a las %1</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>Fin del día</translation>
    </message>
    <message>
        <source>Starts at %1</source>
        <translation>Comienza a las %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>Nothing on the agenda today</source>
        <translation>Nada en la agenda hoy</translation>
    </message>
    <message>
        <source>%1 — back&#xa0;at&#xa0;%2</source>
        <translation>%1 — regreso a las %2</translation>
    </message>
</context>
<context>
    <name>rt::ui::RestoreBackupDialog</name>
    <message>
        <source>Before a schema upgrade</source>
        <translation>Antes de una actualización del esquema</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Damaged file, kept before a restore</source>
        <translation>Archivo dañado, conservado antes de una restauración</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantánea</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Backups of “%1”, newest first. Restoring replaces the file with the backup you choose. Its current state is backed up first, so a restore can itself be undone by restoring that backup; the Undo history is cleared.</source>
        <translation>Copias de seguridad de “%1”, las más recientes primero. Restaurar reemplaza el archivo con la copia que usted elija. Antes se hace una copia de seguridad de su estado actual, así que una restauración se puede deshacer restaurando esa copia; el historial de Deshacer se borra.</translation>
    </message>
    <message>
        <source>There are no backups of this file yet. Roundtable makes one each time the file is opened, every few minutes while a workshop is live, and before every upgrade. They are kept in “%1”.</source>
        <translation>Todavía no hay copias de seguridad de este archivo. Roundtable hace una cada vez que se abre el archivo, cada pocos minutos mientras un taller está en vivo y antes de cada actualización. Se guardan en “%1”.</translation>
    </message>
    <message>
        <source>No backups</source>
        <translation>No hay copias de seguridad</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Checked when made</source>
        <translation>Verificada al crearse</translation>
    </message>
    <message>
        <source>Not usable</source>
        <translation>No utilizable</translation>
    </message>
    <message>
        <source>Not a Roundtable file</source>
        <translation>No es un archivo de Roundtable</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Restaurar la copia de seguridad elegida</translation>
    </message>
</context>
<context>
    <name>rt::ui::ResultsPanel</name>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Team or the whole cohort</source>
        <translation>Equipo o toda la cohorte</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Encuestados</translation>
    </message>
    <message>
        <source>About these results</source>
        <translation>Acerca de estos resultados</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>No hay resultados</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Results by statement</source>
        <translation>Resultados por enunciado</translation>
    </message>
    <message>
        <source>Colour of a large gap</source>
        <translation>Color de una brecha grande</translation>
    </message>
    <message>
        <source>Bold on amber: manager and chief are %1 or more points apart. Gap = manager minus chief; + means the manager side agrees more.</source>
        <translation>Negrita sobre ámbar: el administrador y el jefe difieren en %1 puntos o más. Brecha = administrador menos jefe; + significa que el lado del administrador está más de acuerdo.</translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation>Evaluación:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Equipo:</translation>
    </message>
    <message>
        <source>Whole cohort</source>
        <translation>Toda la cohorte</translation>
    </message>
    <message>
        <source>There are no assessments in this file. Add one under Edit ▸ Assessment Templates…</source>
        <translation>No hay evaluaciones en este archivo. Agregue una en Editar ▸ Plantillas de evaluación…</translation>
    </message>
    <message>
        <source>The results could not be read.</source>
        <translation>No se pudieron leer los resultados.</translation>
    </message>
    <message>
        <source>Respondents: %1 before · %2 after</source>
        <translation>Encuestados: %1 antes · %2 después</translation>
    </message>
    <message>
        <source>This assessment has no statements yet. Add them under Edit ▸ Assessment Templates…</source>
        <translation>Esta evaluación todavía no tiene enunciados. Agréguelos en Editar ▸ Plantillas de evaluación…</translation>
    </message>
    <message>
        <source>No answers yet: enter them on the Assessments page.</source>
        <translation>Todavía no hay respuestas: ingréselas en la página Evaluaciones.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Manager
before</source>
        <translation>Admin.
antes</translation>
    </message>
    <message>
        <source>Chief
before</source>
        <translation>Jefe
antes</translation>
    </message>
    <message>
        <source>Gap
before</source>
        <translation>Brecha
antes</translation>
    </message>
    <message>
        <source>Manager
after</source>
        <translation>Admin.
después</translation>
    </message>
    <message>
        <source>Chief
after</source>
        <translation>Jefe
después</translation>
    </message>
    <message>
        <source>Gap
after</source>
        <translation>Brecha
después</translation>
    </message>
    <message>
        <source>No city manager on this team, so there are no gaps to show.</source>
        <translation>Este equipo no tiene administrador municipal, así que no hay brechas que mostrar.</translation>
    </message>
    <message>
        <source>Manager side: %1.</source>
        <translation>Lado del administrador: %1.</translation>
    </message>
    <message>
        <source>No police chief on this team, so there are no gaps to show.</source>
        <translation>Este equipo no tiene jefe de policía, así que no hay brechas que mostrar.</translation>
    </message>
    <message>
        <source>Chief side: %1.</source>
        <translation>Lado del jefe: %1.</translation>
    </message>
    <message>
        <source>Mean gap %1: %2.</source>
        <translation>Brecha media %1: %2.</translation>
    </message>
    <message>
        <source>Managers
before</source>
        <translation>Admin.
antes</translation>
    </message>
    <message>
        <source>Chiefs
before</source>
        <translation>Jefes
antes</translation>
    </message>
    <message>
        <source>Everyone
before</source>
        <translation>Todos
antes</translation>
    </message>
    <message>
        <source>Managers
after</source>
        <translation>Admin.
después</translation>
    </message>
    <message>
        <source>Chiefs
after</source>
        <translation>Jefes
después</translation>
    </message>
    <message>
        <source>Everyone
after</source>
        <translation>Todos
después</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Everyone after minus everyone before</source>
        <translation>Todos después menos todos antes</translation>
    </message>
    <message>
        <source>Every registered participant&apos;s answers, by role. A value is the mean of the scores given; point at one to see how many. Change = everyone after minus everyone before.</source>
        <translation>Las respuestas de todos los participantes registrados, por rol. Cada valor es la media de las puntuaciones dadas; señale uno para ver cuántas son. Cambio = todos después menos todos antes.</translation>
    </message>
</context>
<context>
    <name>rt::ui::RosterModel</name>
    <message>
        <source>Waitlisted (#%1)</source>
        <translation>En lista de espera (n.º %1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
</context>
<context>
    <name>rt::ui::RosterTeamsTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>Add a person to the roster</source>
        <translation>Agregar una persona a la lista de participantes</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import a roster from a file</source>
        <translation>Importar una lista de participantes desde un archivo</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected person</source>
        <translation>Editar a la persona seleccionada</translation>
    </message>
    <message>
        <source>&amp;Cancel registration</source>
        <translation>&amp;Cancelar registro</translation>
    </message>
    <message>
        <source>Cancel the selected registration</source>
        <translation>Cancelar el registro seleccionado</translation>
    </message>
    <message>
        <source>Move the selected person to the waitlist</source>
        <translation>Pasar a la persona seleccionada a la lista de espera</translation>
    </message>
    <message>
        <source>&amp;Give a place</source>
        <translation>&amp;Dar una plaza</translation>
    </message>
    <message>
        <source>Give the selected person a place</source>
        <translation>Dar una plaza a la persona seleccionada</translation>
    </message>
    <message>
        <source>&amp;New team…</source>
        <translation>&amp;Nuevo equipo…</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nuevo equipo</translation>
    </message>
    <message>
        <source>Edi&amp;t team…</source>
        <translation>Edi&amp;tar equipo…</translation>
    </message>
    <message>
        <source>Edit the selected team</source>
        <translation>Editar el equipo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Delete team</source>
        <translation>E&amp;liminar equipo</translation>
    </message>
    <message>
        <source>Delete the selected team</source>
        <translation>Eliminar el equipo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Suggest teams…</source>
        <translation>&amp;Sugerir equipos…</translation>
    </message>
    <message>
        <source>Suggest teams from jurisdictions</source>
        <translation>Sugerir equipos según las jurisdicciones</translation>
    </message>
    <message>
        <source>Filter by name, jurisdiction, email or role (Ctrl+F)</source>
        <translation>Filtrar por nombre, jurisdicción, correo electrónico o rol (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the roster</source>
        <translation>Filtrar la lista de participantes</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Show registrations with status</source>
        <translation>Mostrar los registros con estado</translation>
    </message>
    <message>
        <source>Roster counts</source>
        <translation>Recuentos de la lista</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista de participantes</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Drag people from the roster onto a team, or below the teams to start one. Drag a member back to the roster to take them off.</source>
        <translation>Arrastre personas de la lista de participantes a un equipo, o debajo de los equipos para crear uno. Arrastre a un miembro de vuelta a la lista para sacarlo del equipo.</translation>
    </message>
    <message>
        <source>%1 of %2 places taken · %3 waitlisted · %4 cancelled</source>
        <translation>%1 de %2 plazas ocupadas · %3 en lista de espera · %4 cancelados</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>Cancelar registro</translation>
    </message>
    <message>
        <source>Cancel %1&apos;s registration? (Undo brings it back.)</source>
        <translation>¿Desea cancelar el registro de %1? (Deshacer lo recupera).</translation>
    </message>
    <message>
        <source>A place is free</source>
        <translation>Hay una plaza libre</translation>
    </message>
    <message>
        <source>%1 is first on the waitlist. Give them the place?</source>
        <translation>%1 es el primero en la lista de espera. ¿Desea darle la plaza?</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Eliminar equipo</translation>
    </message>
    <message>
        <source>Delete the %1 team? Its members stay on the roster.</source>
        <translation>¿Desea eliminar el equipo de %1? Sus miembros permanecen en la lista de participantes.</translation>
    </message>
    <message>
        <source>Suggest teams</source>
        <translation>Sugerir equipos</translation>
    </message>
    <message>
        <source>Everyone registered is already in a team, or has no jurisdiction to go by.</source>
        <translation>Todas las personas registradas ya están en un equipo o no tienen una jurisdicción en la cual basarse.</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>Move to wait&amp;list</source>
        <translation>Pasar a lista de es&amp;pera</translation>
    </message>
</context>
<context>
    <name>rt::ui::RoundDialog</name>
    <message>
        <source>Number of groups:</source>
        <translation>Número de grupos:</translation>
    </message>
    <message>
        <source>People per group:</source>
        <translation>Personas por grupo:</translation>
    </message>
    <message>
        <source>Discussion Round</source>
        <translation>Ronda de discusión</translation>
    </message>
    <message>
        <source>The question the groups discuss (shown on the projector)</source>
        <translation>La pregunta que discuten los grupos (se muestra en el proyector)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Consigna</translation>
    </message>
    <message>
        <source>Not tied to an agenda item</source>
        <translation>Sin vincular a un punto de la agenda</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto de la agenda</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation>Número de grupos</translation>
    </message>
    <message>
        <source>People per group</source>
        <translation>Personas por grupo</translation>
    </message>
    <message>
        <source>Set the number of groups</source>
        <translation>Fijar el número de grupos</translation>
    </message>
    <message>
        <source>Set the people per group</source>
        <translation>Fijar las personas por grupo</translation>
    </message>
    <message>
        <source>Votes per person</source>
        <translation>Votos por persona</translation>
    </message>
    <message>
        <source>%1 people to place.</source>
        <translation>%1 personas por ubicar.</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Consigna:</translation>
    </message>
    <message>
        <source>&amp;Agenda item:</source>
        <translation>&amp;Punto de la agenda:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Grupos:</translation>
    </message>
    <message>
        <source>&amp;Votes per person:</source>
        <translation>&amp;Votos por persona:</translation>
    </message>
</context>
<context>
    <name>rt::ui::StatementDialog</name>
    <message>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Groups statements in results and charts, e.g. Trust</source>
        <translation>Agrupa los enunciados en los resultados y gráficos, p. ej., Confianza</translation>
    </message>
    <message>
        <source>A statement a participant agrees or disagrees with, scored 1 to 5</source>
        <translation>Un enunciado con el que el participante está de acuerdo o en desacuerdo, puntuado del 1 al 5</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Sección:</translation>
    </message>
    <message>
        <source>S&amp;tatement:</source>
        <translation>E&amp;nunciado:</translation>
    </message>
    <message>
        <source>&amp;Pillar:</source>
        <translation>&amp;Pilar:</translation>
    </message>
</context>
<context>
    <name>rt::ui::StatusUpdateDialog</name>
    <message>
        <source>Record an Update</source>
        <translation>Registrar una nota de avance</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>%1 · now %2</source>
        <translation>%1 · ahora %2</translation>
    </message>
    <message>
        <source>Team and current status</source>
        <translation>Equipo y estado actual</translation>
    </message>
    <message>
        <source>What was done, what is in the way, who said so</source>
        <translation>Qué se hizo, qué lo impide, quién lo dijo</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>New &amp;status:</source>
        <translation>Nuevo &amp;estado:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
</context>
<context>
    <name>rt::ui::SuggestTeamsDialog</name>
    <message>
        <source>Suggested teams</source>
        <translation>Equipos sugeridos</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Registered people who are not in a team yet, grouped by jurisdiction. Tick the teams to form; incomplete ones are marked.</source>
        <translation>Personas registradas que todavía no están en un equipo, agrupadas por jurisdicción. Marque los equipos que desea formar; los incompletos están señalados.</translation>
    </message>
    <message>
        <source>&amp;Form teams</source>
        <translation>&amp;Formar equipos</translation>
    </message>
</context>
<context>
    <name>rt::ui::TeamDialog</name>
    <message>
        <source>Edit the %1 team</source>
        <translation>Editar el equipo de %1</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nuevo equipo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>  (now in the %1 team; ticking moves them here)</source>
        <translation>  (ahora en el equipo de %1; al marcarlo pasa a este)</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Jurisdicción:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Members (registered people):</source>
        <translation>&amp;Miembros (personas registradas):</translation>
    </message>
    <message>
        <source>Complete: a manager and a chief.</source>
        <translation>Completo: un administrador y un jefe.</translation>
    </message>
    <message>
        <source>Allowed, but flagged: %1.</source>
        <translation>Permitido, pero señalado: %1.</translation>
    </message>
    <message>
        <source>Enter the team&apos;s jurisdiction (the city or county it comes from).</source>
        <translation>Indique la jurisdicción del equipo (la ciudad o el condado de donde proviene).</translation>
    </message>
</context>
<context>
    <name>rt::ui::TeamModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incompleto</translation>
    </message>
    <message>
        <source>Complete: a manager and a chief</source>
        <translation>Completo: un administrador y un jefe</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Role / state</source>
        <translation>Rol / estado</translation>
    </message>
</context>
<context>
    <name>rt::ui::WelcomePage</name>
    <message>
        <source>Open &amp;Demo Workshop</source>
        <translation>Abrir taller de &amp;demostración</translation>
    </message>
    <message>
        <source>Look around a two-day manager/chief workshop with its roster, teams, agenda and outcomes. The people are fictional; change anything.</source>
        <translation>Recorra un taller de dos días para administradores y jefes de policía, con su lista de participantes, equipos, agenda y conclusiones. Las personas son ficticias; cambie lo que quiera.</translation>
    </message>
    <message>
        <source>Open the demo workshop</source>
        <translation>Abrir el taller de demostración</translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Nuevo taller…</translation>
    </message>
    <message>
        <source>Choose a program from the catalog, then set the dates, the venue and the places.</source>
        <translation>Elija un programa del catálogo y después fije las fechas, la sede y las plazas.</translation>
    </message>
    <message>
        <source>Create a new workshop</source>
        <translation>Crear un taller nuevo</translation>
    </message>
    <message>
        <source>&amp;Import Roster…</source>
        <translation>&amp;Importar lista de participantes…</translation>
    </message>
    <message>
        <source>Create the workshop first, then fill its roster from a registration list (CSV or Excel).</source>
        <translation>Primero se crea el taller y después se llena su lista con un listado de inscripciones (CSV o Excel).</translation>
    </message>
    <message>
        <source>Import a roster into a new workshop</source>
        <translation>Importar una lista de participantes en un taller nuevo</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>What Roundtable is</source>
        <translation>Qué es Roundtable</translation>
    </message>
    <message>
        <source>How to begin</source>
        <translation>Cómo empezar</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>Abrir a&amp;rchivo…</translation>
    </message>
    <message>
        <source>Open a Roundtable file</source>
        <translation>Abrir un archivo de Roundtable</translation>
    </message>
    <message>
        <source>Open a Roundtable file (%1)</source>
        <translation>Abrir un archivo de Roundtable (%1)</translation>
    </message>
    <message>
        <source>New Fi&amp;le…</source>
        <translation>Nuevo arc&amp;hivo…</translation>
    </message>
    <message>
        <source>Create a new Roundtable file</source>
        <translation>Crear un archivo de Roundtable nuevo</translation>
    </message>
    <message>
        <source>Create a new, empty Roundtable file (%1)</source>
        <translation>Crear un archivo de Roundtable nuevo y vacío (%1)</translation>
    </message>
    <message>
        <source>New workshop (%1)</source>
        <translation>Nuevo taller (%1)</translation>
    </message>
    <message>
        <source>New workshop, then its roster (%1 imports into a workshop already open)</source>
        <translation>Un taller nuevo y después su lista de participantes (%1 importa en un taller ya abierto)</translation>
    </message>
    <message>
        <source>No file is open</source>
        <translation>No hay ningún archivo abierto</translation>
    </message>
    <message>
        <source>No workshops on this server yet</source>
        <translation>Todavía no hay talleres en este servidor</translation>
    </message>
    <message>
        <source>Welcome to Roundtable</source>
        <translation>Bienvenido a Roundtable</translation>
    </message>
    <message>
        <source>Roundtable runs workshops for city managers and police chiefs: the program and its dates, the roster and the manager/chief teams, check-in, the agenda on the projector, and what each team takes home. This database is on your organisation&apos;s server; every change is saved there as you make it.</source>
        <translation>Roundtable organiza talleres para administradores municipales y jefes de policía: el programa y sus fechas, la lista de participantes y los equipos de administrador y jefe, el registro de asistencia, la agenda en el proyector y lo que cada equipo se lleva. Esta base de datos está en el servidor de su organización; cada cambio se guarda allí en cuanto lo hace.</translation>
    </message>
    <message>
        <source>Roundtable runs workshops for city managers and police chiefs: the program and its dates, the roster and the manager/chief teams, check-in, the agenda on the projector, and what each team takes home. It all stays in one file on this computer, needs no network, and every change is saved as you make it.</source>
        <translation>Roundtable organiza talleres para administradores municipales y jefes de policía: el programa y sus fechas, la lista de participantes y los equipos de administrador y jefe, el registro de asistencia, la agenda en el proyector y lo que cada equipo se lleva. Todo queda en un archivo en este equipo, no necesita red y cada cambio se guarda en cuanto lo hace.</translation>
    </message>
    <message>
        <source>Begin with one of these, or open a file you already have. A new workshop goes into a new file, which you name first.</source>
        <translation>Empiece con una de estas opciones o abra un archivo que ya tenga. Un taller nuevo va en un archivo nuevo, al que primero se le pone nombre.</translation>
    </message>
    <message>
        <source>This file is open read-only, so no workshop can be added here. The demo opens a copy of its own.</source>
        <translation>Este archivo está abierto solo para lectura, así que aquí no se pueden añadir talleres. La demostración abre una copia propia.</translation>
    </message>
    <message>
        <source>Begin with one of these:</source>
        <translation>Empiece con una de estas opciones:</translation>
    </message>
    <message>
        <source>This file has no workshops yet. Begin with one of these:</source>
        <translation>Este archivo todavía no tiene talleres. Empiece con una de estas opciones:</translation>
    </message>
</context>
<context>
    <name>rt::ui::WorksheetPanel</name>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>No worksheet</source>
        <translation>No hay hoja de trabajo</translation>
    </message>
    <message>
        <source>Worksheet saved or not</source>
        <translation>Hoja de trabajo guardada o no</translation>
    </message>
    <message>
        <source>The department&apos;s figures</source>
        <translation>Cifras del departamento</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problema con %1</translation>
    </message>
    <message>
        <source>Worksheet notes</source>
        <translation>Notas de la hoja de trabajo</translation>
    </message>
    <message>
        <source>Where the figures come from, what is estimated, what to check back home</source>
        <translation>De dónde provienen las cifras, qué es estimado, qué verificar al regresar</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>What follows</source>
        <translation>Qué se deduce</translation>
    </message>
    <message>
        <source>Officers per 1,000 residents</source>
        <translation>Agentes por cada 1,000 habitantes</translation>
    </message>
    <message>
        <source>Rule of 60, part one: sworn officers on patrol</source>
        <translation>Regla de 60, primera parte: agentes juramentados en patrullaje</translation>
    </message>
    <message>
        <source>Rule of 60, part two: patrol time committed to calls (saturation)</source>
        <translation>Regla de 60, segunda parte: tiempo de patrullaje dedicado a llamadas (saturación)</translation>
    </message>
    <message>
        <source>%1: where it stands</source>
        <translation>%1: dónde se ubica</translation>
    </message>
    <message>
        <source>%1: what it means</source>
        <translation>%1: qué significa</translation>
    </message>
    <message>
        <source>Hours behind the saturation index</source>
        <translation>Horas en que se basa el índice de saturación</translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation>Equi&amp;po:</translation>
    </message>
    <message>
        <source>No teams yet. Form them on the Roster &amp; Teams tab; each team then gets a worksheet here.</source>
        <translation>Todavía no hay equipos. Fórmelos en la pestaña Lista y equipos; luego cada equipo tendrá aquí una hoja de trabajo.</translation>
    </message>
    <message>
        <source>Officer hours on calls for service: %1 a year.</source>
        <translation>Horas de agentes en llamadas de servicio: %1 al año.</translation>
    </message>
    <message>
        <source>Patrol hours available: %1 a year.</source>
        <translation>Horas de patrullaje disponibles: %1 al año.</translation>
    </message>
    <message>
        <source>Not saved: correct the figures marked in red (or clear them), then leave the field.</source>
        <translation>No se guardó: corrija las cifras marcadas en rojo (o bórrelas) y luego salga del campo.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Rule of 60 worksheet</source>
        <translation>Hoja de trabajo de la Regla de 60</translation>
    </message>
</context>
<context>
    <name>rt::ui::WorkshopForm</name>
    <message>
        <source>The host state has a signed affiliation agreement</source>
        <translation>El estado anfitrión tiene un acuerdo de afiliación firmado</translation>
    </message>
    <message>
        <source> places</source>
        <translation> plazas</translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation>Nombre de la sede</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>New venue name</source>
        <translation>Nombre de la sede nueva</translation>
    </message>
    <message>
        <source>New venue city</source>
        <translation>Ciudad de la sede nueva</translation>
    </message>
    <message>
        <source>New venue state</source>
        <translation>Estado de la sede nueva</translation>
    </message>
    <message>
        <source>Affiliated state</source>
        <translation>Estado afiliado</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Sede:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>Pl&amp;aces:</source>
        <translation>P&amp;lazas:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Organización anfitriona:</translation>
    </message>
    <message>
        <source>Host s&amp;tate:</source>
        <translation>Estado an&amp;fitrión:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Est&amp;ado:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>(no program)</source>
        <translation>(sin programa)</translation>
    </message>
    <message>
        <source>(no venue yet)</source>
        <translation>(todavía sin sede)</translation>
    </message>
    <message>
        <source>New venue…</source>
        <translation>Nueva sede…</translation>
    </message>
</context>
<context>
    <name>rt::ui::WorkshopListModel</name>
    <message>
        <source>%1
%2
%3 registered of %4 places, %5 waitlisted, %6 cancelled</source>
        <translation>%1
%2
%3 registrados de %4 plazas, %5 en lista de espera, %6 cancelados</translation>
    </message>
</context>
<context>
    <name>rt::ui::WorkshopPage</name>
    <message>
        <source>Workshop title</source>
        <translation>Título del taller</translation>
    </message>
    <message>
        <source>Workshop dates and venue</source>
        <translation>Fechas y sede del taller</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Roster &amp;&amp; Teams</source>
        <translation>&amp;Lista y equipos</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>Asis&amp;tencia</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>&amp;Discussions</source>
        <translation>&amp;Discusiones</translation>
    </message>
    <message>
        <source>O&amp;utcomes</source>
        <translation>Concl&amp;usiones</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Workshop tabs</source>
        <translation>Pestañas del taller</translation>
    </message>
    <message>
        <source>History of this workshop</source>
        <translation>Historial de este taller</translation>
    </message>
</context>
</TS>
