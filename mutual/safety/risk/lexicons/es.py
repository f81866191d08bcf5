"""Spanish risk phrases: suicide, self-harm, hopelessness and violence at home, in chat.

Covers neutral and Latin-American Spanish (Spain, Mexico, Río de la Plata), with common chat
spellings ("kiero", "qiero", "suisidarme", missing accents, "ñ" typed as "n": text and patterns
are both folded to plain a–z before matching).

Judgements for a reviewer to confirm: ideation rules are first person ("quiero morir");
third-person forms ("quiere matarse", "se quiere morir") are concern, as they are nearly always
about someone else. "Ya lo tengo todo preparado" counts as a plan unless followed by "para…"
(a party, a trip). Preparations for pets or children count only next to "cuando ya no esté";
"adiós a todos" only with "gracias por todo" or "para siempre". "Me quiero morir" after "qué
vergüenza" is an idiom. Wishing not to be alive ("ojalá no despertara", "estarían mejor sin mí")
is a passive wish: a time word in the message does not make it imminent. To be reviewed by
native-speaking clinicians or crisis-line workers from Spain and from Latin America.

The patterns of one level and kind are joined into one rule (see ``LEXICON``): the regular
expression engine then picks alternatives by their first letters, several times faster than one
rule per pattern. Matching is unchanged: alternatives are tried in the order written.
"""

from mutual.safety.risk.lexicon import Kind, Level, Lexicon, Rule

# Shared fragments (spelling variants seen in chat).
_Q = r"(?:quiero|qiero|kiero|quero|kero|qero)"  # "I want"
_MORIR = r"(?:mor+i+r?(?:me)?|muri?r(?:me)?)"  # morir, morirme, morime, murirme
_MATAR = r"(?:mata?rme|suicidarme|suisidarme|suicidarm|suicidame|quitarme la vida)"
_PILLS = (
    r"(?:pastillas|pastis|pildoras|capsulas|comprimidos|medicinas|medicamentos|"
    r"paracetamol|ibuprofeno|clonazepam|rivotril|alprazolam|diazepam|antidepresivos|litio|"
    r"insulina|tramadol)"
)
_KIN = (
    r"(?:pareja|novio|novia|esposo|esposa|marido|mujer|padre|papa|madre|mama|padrastro|"
    r"madrastra|hermano|hermana|tio|abuelo|suegro|suegra|ex|hijo|primo|jefe)"
)
_GONE = (  # "cuando ya no esté", but not "cuando no esté en casa"
    r"(?:(?:yo )?(?:ya )?no (?:este|estare|exista|existire)(?! (?:en|aqui|aca|alli|por|de viaje|"
    r"fuera|trabajando|disponible)\b)|me haya ido|yo falte|ya no viva)"
)
_CARE = (  # someone taking over what the writer looks after
    r"(?:cuid\w*|quedate con|(?:se )?qued(?:a|e|ara|aria) con|hazte cargo de|"
    r"(?:se )?(?:haga|hagan|hara|haran) cargo de|"
    r"(?:se )?(?:encarga|encargue|encarguen|encargara) de|"
    r"(?:se )?(?:va|van) a (?:quedar con|cuidar|hacer cargo de)|adopt\w*|alimente a)"
)
_KEEPERS = r"(?:perr\w*|gat\w*|mascota\w*|hij\w*|nin\w*|bebe|plantas)"
_SAYS = (  # what a third person says or does, after "mi hermano", "ella"…
    r"(?:dice|dijo|piensa en|habla de|me (?:dijo|conto|escribio|confeso|dice)|esta pensando|"
    r"intento|se (?:corta|corto|lastima|quiere|quiso|quito|va a)|quiere (?:morir|matar|suicid|"
    r"quitar|desaparecer)|(?:ya )?no quiere (?:vivir|seguir)|va a (?:matarse|suicidarse)|"
    r"amenaza con|amenazo con|escribio|publico)"
)
_NOT_UNTIL = r"(?! (?:hasta|temprano|antes|a las|en todo|tarde)\b)"  # "no despertar hasta…"
_END = r"(?=\s*(?:$|[,.!?;]|y\b|ya\b|de una vez\b|para siempre\b|esto\s*(?:$|[,.!?;]|y\b)))"

_RULES: dict[tuple[Level, Kind], tuple[str, ...]] = {
    # --- imminent: plan or preparations, including indirect ones ---------------------------------
    ("imminent", "plan"): (
        r"ya (?:lo )?tengo (?:todo |todito )?(?:preparado|planeado|planificado)(?: todo)?"
        r"(?!\s*,?\s*(?:para|pa|de|del|en|con|que|nos|y nos)\b)",
        r"(?:ya )?(?:decidi|he decidido|lo decidi|lo tengo decidido|elegi|escogi) (?:como|cuando|"
        r"donde)(?: y (?:cuando|donde|como))? (?:lo )?(?:voy a )?(?:hacerlo|hacer|lo hare|"
        r"lo voy a hacer|matarme|morir|suicidarme|quitarme la vida|acabar con todo)",
        r"(?:esta|hoy) es mi ultim[ao] (?:noche|dia|semana)(?: (?:con vida|en este mundo|"
        r"vivo|viva))?(?! (?:de|del|en|aqui|aca|con|antes|libre|trabajando)\b)",
        r"mi ultim[ao] (?:noche|dia) (?:con vida|en este mundo|en la tierra)",
        r"(?:carta|cartas|nota|notas|mensaje) (?:de despedida|de suicidio|suicidas?)",
        r"(?:regale|regalando|regalo|repart\w+|estoy dando) (?:todas )?mis cosas"
        r"(?:.{0,40}?no (?:las |los )?(?:voy a necesitar|necesitare))?",
        rf"{_CARE} (?:a |de )?(?:mis?|el|la|los|las) (?:\w+ ){{0,2}}?{_KEEPERS}[^.!?]{{0,40}}?"
        rf"cuando {_GONE}",
        rf"cuando {_GONE}.{{0,60}}?(?:perr\w*|gat\w*|mascota\w*|hij\w*|nin[oa]s|cosas|"
        r"contrasenas|cuentas|ropa)",
        r"(?:(?:ya )?(?:he|estoy|llevo|sigo|voy) "
        r"(?:ido |estado |venido |\w+ (?:dias|semanas|meses) )?)?"
        rf"(?:juntado|juntando|guardado|guardando|acumulado|acumulando|ahorrado|ahorrando|junte|guarde|"
        rf"acumule) (?:\w+ ){{0,2}}?{_PILLS}",
        r"(?:esta noche|hoy|manana|ahora|ahorita|ya) (?:si )?(?:me mato|me suicido|"
        r"me quito la vida|acabo con todo|termino con todo|me tiro (?:del|de la|por la|al|a las))",
    ),
    # --- imminent: means at hand -----------------------------------------------------------------
    ("imminent", "means"): (
        r"tengo (?:las|unas|muchas|todas las|mis|suficientes|un monton de|una caja de|"
        rf"un frasco de|un bote de) {_PILLS} (?:aqui|aca|conmigo|en (?:la|mi) mano|delante|"
        r"enfrente|listas|preparadas|contadas|para (?:morir|matarme|no despertar))",
        r"tengo (?:la|una) (?:cuerda|soga|navaja|cuchilla|pistola|arma|escopeta) (?:aqui|aca|"
        r"conmigo|en (?:la|mi) mano|lista|preparada|colgada|atada)",
        r"(?:ya )?(?:ate|colgue|prepare) (?:la|una) (?:cuerda|soga)",
        r"estoy (?:parad[oa] |sentad[oa] |de pie )?(?:en|sobre) (?:el|la) (?:borde|barandal|"
        r"baranda|cornisa|orilla)(?: del? (?:puente|edificio|azotea|techo|balcon|acantilado))?",
        r"(?:voy a|estoy por|a punto de) (?:saltar|tirarme|lanzarme|aventarme)"
        r"(?! (?:de (?:alegria|felicidad|emocion|gusto|la cama)|la cuerda|en (?:paracaidas|bungee|"
        r"la cama|el sofa)|(?:al|el) (?:agua|sofa)|a la (?:piscina|pileta|cama)|la valla|con)\b)",
    ),
    # --- imminent: attempt under way or just made ------------------------------------------------
    ("imminent", "attempt"): (
        r"me (?:he )?(?:tome|trague|tomado|tragado|acabo de tomar|acabo de tragar|bebi) "
        r"(?:toda la caja de |todo el (?:frasco|bote|blister) de |todas (?:las|mis) |"
        r"un (?:frasco|bote|blister|puñado|monton) de |una caja (?:entera )?de |muchas |"
        rf"demasiadas |\d{{2,}} |veinte |treinta |cuarenta |cincuenta )(?:\w+ ){{0,2}}?{_PILLS}",
        r"me (?:tome|trague|bebi) (?:todo el|toda la) (?:frasco|bote|caja|blister)",
        r"(?:me )?(?:tome|trague|bebi|he tomado) (?:\w+ )?(?:veneno|lejia|cloro|raticida|"
        r"matarratas|insecticida|anticongelante)",
        r"me (?:corte|he cortado|estoy cortando|abri) las venas",
        rf"(?:acabo de|ya) (?:intentar|intente|intentarlo) (?:{_MATAR}|morir)",
        r"(?:ya )?(?:me estoy muriendo|estoy sangrando mucho) y no",
    ),
    # --- imminent: farewells ---------------------------------------------------------------------
    ("imminent", "farewell"): (
        r"adios a todos\W+(?:y )?gracias por todo"
        r"(?!.*\b(?:nos vemos|hasta (?:el|la|luego|pronto|manana)|la proxima)\b)",
        r"gracias por todo\W+adios (?:a todos|para siempre)",
        r"adios (?:a todos )?para siempre|me despido (?:de todos )?para siempre",
        r"(?:este|esta) es mi (?:ultimo mensaje|ultima publicacion|despedida)"
        r"(?! (?:de|del|en|sobre|antes|por hoy|hoy)\b)",
        r"cuando (?:lean|leas|leais|lea) esto ya (?:no (?:estare|voy a estar)|"
        r"estare muert[oa]|me habre ido)",
        r"perdon(?:enme|ame|adme|en)? por lo que voy a hacer",
        r"(?:manana|pronto) ya no (?:voy a estar|estare) (?:aqui|aca|con ustedes|con vosotros|mas)",
    ),
    # --- elevated: wanting to die or to kill oneself ---------------------------------------------
    ("elevated", "ideation"): (
        rf"(?:ya )?(?:solo )?{_Q} (?:{_MORIR}|{_MATAR}|estar muert[oa]|dejar de existir|"
        r"no existir|desaparecer para siempre|irme (?:de este mundo|para siempre)|ahorcarme|"
        r"colgarme|envenenarme|cortarme las venas|tirarme (?:de|del|por|a las|al)\b)",
        rf"me {_Q} (?:morir|matar|suicidar|ir de este mundo)",
        rf"{_Q} (?:acabar|terminar) con (?:mi vida|todo){_END}",
        r"(?:quisiera|queria|me gustaria|deseo|prefiero|preferiria|mejor) (?:mat(?:arme|ame)|"
        r"suicidarme|quitarme la vida)",
        r"(?:mejor )?me muero (?:ya|de una vez)(?=\s*(?:$|[,.!?;]))",
        # Starts at the noun, so that "no tengo" before it is seen as a negation.
        r"(?:muchas |tantas )?(?:ganas|intencion|intenciones|planes|deseos) de (?:morir(?:me)?|"
        r"matarme|suicidarme|quitarme la vida|desaparecer para siempre|dejar de vivir|"
        r"acabar con (?:mi vida|todo))",
        rf"(?:me voy a|voy a|me ire a) (?:matar|suicidar|{_MATAR})\b"
        r"(?! (?:de|del|a|estudiando|trabajando|entrenando)\b)",
        r"me (?:matare|suicidare|quitare la vida)|suicidarme|suisidarme|quitarme la vida",
        r"(?:ya )?no (?:quiero|qiero|kiero) (?:seguir )?(?:viviendo|vivir|existir|estar viv[oa]|"
        r"seguir aqui|seguir en este mundo|despertar(?:me)?(?: manana| nunca mas)?)"
        r"(?! (?:en|con|aqui|aca|alli|cerca|lejos|sol[oa]|junt[oa]s|asi|de alquiler)\b)",
        r"(?:ya )?no (?:quiero|qiero|kiero) seguir (?:viviendo|con vida) asi",
        r"no tengo (?:ganas|razones|motivos) (?:de|para) (?:vivir|seguir viviendo)",
        r"(?:(?:ya )?he (?:estado )?)?(?:pienso|pensando|pense|pensado|pensaba) "
        rf"(?:mucho |muchas veces |seriamente )?en (?:{_MATAR}|morir(?:me)?|el suicidio|la muerte|"
        r"acabar con (?:mi vida|todo)|como (?:morir|matarme))",
        r"(?:pensamientos|ideas|ideacion) (?:suicidas?|de (?:suicidio|muerte|matarme|morir|"
        r"quitarme la vida|hacerme dano))",
        r"me siento suicida|estoy suicida",
    ),
    # --- elevated: wishing not to be alive (a time word does not make it imminent) -----------
    ("elevated", "passive_wish"): (
        r"(?:ya )?(?:solo )?(?:quiero|qiero|kiero|quisiera|me gustaria|ojala (?:pudiera|poder)) "
        r"(?:dormir(?:me)?|quedarme dormid[oa]) (?:(?:\w+ ){0,3}?y (?:ya )?no (?:volver a )?"
        rf"despertar(?:me)?{_NOT_UNTIL}|para siempre|sin despertar{_NOT_UNTIL})",
        r"(?:quiero|qiero|kiero|quisiera|me gustaria|(?:muchas )?ganas de) (?:dormir(?:me)? y )?"
        rf"no (?:volver a )?despertar(?:me)?{_NOT_UNTIL}",
        r"(?:quisiera|queria|me gustaria|deseo|prefiero|preferiria|mejor) (?:morir(?:me)?|"
        r"estar muert[oa]|no existir|no haber nacido|desaparecer para siempre)",
        r"ojala (?:(?:me|yo) )?(?:durmiera|me durmiera|me quedara dormid[oa]|me duerma) "
        r"(?:\w+ ){0,3}?y (?:ya )?no (?:volviera a |vuelva a )?(?:despertara|despierte)"
        rf"{_NOT_UNTIL}",
        r"ojala (?:no (?:despertara|despierte|despertar|hubiera nacido|existiera)|(?:me|yo) "
        r"(?:muriera|muera|estuviera muert[oa])|estuviera muert[oa]|me (?:atropelle|atropellara)|"
        r"se acabe todo|todo se acabe)",
        r"(?:todos|mi familia|el mundo|ellos|mis (?:hijos|padres)) (?:estarian|estaria|seria|"
        r"serian|vivirian) mejor (?:sin mi|si (?:yo )?(?:no estuviera|muero|me muero|"
        r"me muriera|desapareciera))",
        r"mejor (?:estarian|estaria|seria|serian) (?:todos )?sin mi",
        r"nadie (?:me )?(?:extranaria|echaria de menos) si (?:me muero|muero|me mato|desaparezco)",
    ),
    # --- elevated: hurting oneself now -----------------------------------------------------------
    ("elevated", "self_harm"): (
        r"me (?:volvi a cortar|he vuelto a cortar|corte (?:otra vez|de nuevo|los brazos|"
        r"las piernas|el brazo|la pierna|las munecas|la muneca)|estoy cortando|"
        r"sigo cortandome|corto (?:los brazos|las piernas|para sentir|cuando))",
        r"me (?:hice|hago|estoy haciendo) dano (?:a proposito|a mi mism[oa]|otra vez|de nuevo)",
        r"me autolesion\w*|autolesionarme|(?:volvi|recai) (?:a|en) (?:las )?autolesion\w*",
        r"(?:quiero|ganas de|necesito) (?:cortarme|hacerme dano|lastimarme|quemarme)",
        r"me (?:queme|quemo) (?:a proposito|con (?:un|el) cigarr\w*|otra vez)",
        r"me golpeo (?:la cabeza )?contra la pared",
    ),
    # --- elevated: threatened with death by someone ----------------------------------------------
    ("elevated", "harm_by_others"): (
        # From "mi": at one place the stronger rule wins over "mi ex me amenazó" (concern).
        rf"(?:mis? {_KIN}s? (?:\w+ ){{0,3}}?)?(?:me )?amenaz(?:o|a|aba) con matarme|"
        r"(?:intento|quiso) (?:matarme|ahorcarme|estrangularme)",
    ),
    # --- concern: someone else's risk (third person) ---------------------------------------------
    ("concern", "ideation"): (
        r"(?:se )?quiere (?:morir(?:se)?|matarse|suicidarse|quitarse la vida)",
        r"se quiere (?:morir|matar|suicidar)|se va a (?:matar|suicidar)",
        r"(?:habla|piensa|hablando|pensando) (?:de|en) (?:suicidarse|matarse|quitarse la vida|"
        r"el suicidio)",
        r"intento (?:suicidarse|matarse|quitarse la vida)|se (?:corta|autolesiona)\b",
    ),
    # --- concern: hopelessness, burden, no way out -----------------------------------------------
    ("concern", "hopeless"): (
        r"(?:ya )?no (?:aguanto|soporto|puedo|resisto) mas(?=\s*(?:$|[,.!?;:]|y\b|ya\b|"
        r"de verdad\b|en serio\b|con (?:esto|mi vida|la vida|todo)\b|esta (?:vida|situacion)\b|"
        r"vivir\b|(?:la|mi) vida\b|esto\b|todo\b|estoy\b|quiero\b|me\b|necesito\b|ayuda\b|"
        r"por favor\b))",
        r"(?:ya )?no (?:aguanto|soporto) (?:esta|mi|la) vida|no puedo seguir asi",
        r"no (?:quiero|qiero|kiero) vivir asi",
        r"(?:ya )?nada tiene sentido|no tiene sentido nada|(?:mi|la) vida no tiene sentido",
        r"no le (?:encuentro|veo) sentido a (?:nada|la vida|vivir|seguir)",
        r"(?:la vida )?no vale la pena (?:vivir|seguir|nada|la vida)",
        r"para que (?:vivir|seguir viviendo|seguir aqui)",
        r"soy (?:una|un) (?:carga|estorbo|lastre)|solo (?:soy un estorbo|estorbo)",
        r"no sirvo para nada|solo (?:les )?causo problemas",
        r"no (?:le |les )?(?:hay|veo|tengo|encuentro) (?:ninguna |otra )?"
        r"(?:salida|esperanza|futuro)",
        r"sin (?:salida|esperanza)|(?:muert[oa]|vaci[oa]) por dentro",
        rf"{_Q} desaparecer|a nadie le importaria si (?:me muero|muero|desaparezco)",
    ),
    # --- concern: being harmed at home -----------------------------------------------------------
    ("concern", "harm_by_others"): (
        rf"mis? {_KIN}s? (?:\w+ ){{0,3}}?me (?:pega|pegan|pego|golpea|golpean|golpeo|maltrata|"
        r"maltrato|viola|violo|abusa|abuso|ahorca|ahorco|estrangula|encierra|patea|pateo|"
        r"empuja|quema|lastima|hace dano|amenaza|amenazo|obliga)",
        rf"me (?:pega|pegan|golpea|golpean|maltrata|viola|amenaza) mis? {_KIN}",
        r"(?:en (?:mi )?casa|mis padres) me (?:pegan|golpean|maltratan)",
        r"(?:abuso|abusaron|abusa) de mi|me (?:violaron|violo|violan)",
        r"violencia (?:domestica|de genero) en (?:mi )?casa",
        r"tengo miedo de (?:volver a casa|que me (?:mate|pegue|golpee))",
    ),
}

# Broader families, second pass: indirect plans and preparations, methods named in context,
# and self-harm by other means than cutting. Merged into ``_RULES`` below.
_WHEN = (  # a day or moment chosen
    r"(?:esta noche|esta madrugada|hoy|manana|ahora|ahorita|ya|el (?:lunes|martes|miercoles|"
    r"jueves|viernes|sabado|domingo)|este (?:finde|fin de semana|lunes|martes|miercoles|jueves|"
    r"viernes|sabado|domingo)|a las \d+|en cuanto se (?:duerma|duerman|vaya|vayan)|"
    r"cuando (?:se (?:duerma|duerman|vaya|vayan)|oscurezca|no haya nadie))"
)
_POISON = (
    r"(?:veneno(?: para (?:ratas|ratones))?|herbicida|matarratas|matayuyos|raticida|insecticida|"
    r"pesticida|plaguicida|salfuman|acido|anticongelante|sulfato)"
)
_PLACE = (
    r"(?:puente|balcon|edificio|ventana|azotea|techo|metro|tren|vias|acantilado|terraza|"
    r"autopista|viaducto|barranco|precipicio|ultimo piso|piso \d+|carros|coches|camion)"
)
_BODY = (
    r"(?:brazos?|piernas?|munecas?|muslos?|antebrazos?|barriga|estomago|abdomen|caderas?|"
    r"tobillos?)"
)
_MORE: dict[tuple[Level, Kind], tuple[str, ...]] = {
    ("imminent", "plan"): (
        # "el viernes me mato", "mañana a las 6 … lo voy a hacer, ya sé cómo"
        rf"{_WHEN} (?:\w+ ){{0,2}}?(?:si )?(?:me mato|me suicido|me quito la vida|"
        r"(?:termino|acabo) con (?:mi vida|todo)|se acaba mi vida|lo hago(?=\s*(?:$|[,.!?]))|"
        r"es el dia(?=\s*(?:$|[,.!?]))|es la noche(?=\s*(?:$|[,.!?]))|me despido(?! de (?:la|el)\b))",
        rf"{_WHEN} (?:\w+ ){{0,5}}?(?:voy|subo|me voy) (?:al|a la|a las) (?:viaducto|puente|"
        r"acantilado|azotea|vias|monte|ultimo piso|barranco)",
        rf"{_WHEN} me (?:las|los) (?:tomo|trago|tomare|bebo)(?: tod[oa]s)?(?=\s*(?:$|[,.!?]))",
        r"repart\w+ (?:toda )?(?:mi|mis) (?:ropa|cosas|libros|juegos)",
        r"(?:lo voy a hacer|lo hago|lo hare),? ya (?:se|tengo decidido) (?:como|cuando|donde)",
        r"ya se (?:como|cuando|donde) (?:lo voy a hacer|hacerlo|lo hare)",
        r"(?:esta noche|hoy|manana) se acaba (?:todo|mi vida)|ya lo tengo decidido",
        # letters, wills, debts, accounts: putting affairs in order
        r"(?:deje|dejo|les deje|le deje) (?:\w+ ){0,2}?cartas? (?:para|a) (?:cada uno|cada una|"
        r"todos|mis?|mi \w+)|(?:escribi|he escrito) (?:\w+ )?cartas? (?:para|a) (?:cada uno|"
        r"cada una|todos)",
        r"cartas? (?:\w+ ){0,6}?(?:y )?(?:la|las) deje (?:en|encima|debajo|sobre)",
        r"(?:escribi|hice|firme|deje|redacte|tengo) (?:\w+ ){0,2}?(?:el |un |mi )?testamento",
        r"(?:el |mi )?testamento (?:ya )?(?:esta|lo deje|firmado)",
        r"(?:deje|he dejado|tengo) todo (?:ordenado|arreglado|en orden|pagado|listo)"
        r"(?!\s*,?\s*(?:para (?:el|la|las|los|mi|mis|ir|irnos|salir|el viaje|la fiesta)|pa|de|del|"
        r"en|con|nos|antes)\b)",
        r"ya tengo todo listo para (?:matarme|morir|suicidarme|irme|hacerlo)",
        r"deje pagad[oa]s? (?:el alquiler|la renta|la luz|las deudas|todo)",
        r"(?:le |les )?devolvi (?:a )?(?:todos|cada uno|todo el mundo) lo (?:que|q) (?:les |le )?debia",
        r"(?:contrasenas?|claves?|passwords?)\b[^.!?]{0,80}?\b(?:despues|por si acaso|"
        r"cuando (?:ya )?no (?:este|estare)|cierr\w+ (?:todo|mis cuentas))",
        r"(?:sabe|sabra|sabran) (?:que|q) hacer despues",
        # giving things away: "ya no los voy a usar", pets "para siempre"
        r"(?:regale|le di|les di|le deje|les deje|repart\w+|te regalo|te dejo|le regale|don[eo]) "
        r".{0,80}?(?:ya no|no) (?:\w+ ){0,2}?(?:voy a|vaya a|creo) (?:usar|necesitar|jugar|entrar|"
        r"volver)",
        r"(?:le|les|te) (?:di|deje|regale|doy|dejo) (?:a )?(?:mis?|el|la) (?:\w+ )?(?:perr[oa]|"
        r"gat[oa]|mascota|loro)\b.{0,80}?(?:para siempre|no creo volver|no voy a volver|viaje|"
        r"no me preguntes)",
        r"(?:que|q) se quede con (?:mis?|el|la) (?:\w+ )?(?:perr[oa]|gat[oa]|mascota|loro)"
        r".{0,40}?(?:no creo volver|no voy a volver|para siempre|ya no voy a estar)",
        r"(?:te|le|les) encargo (?:a )?(?:los|mis) (?:ninos|hijos|ninas|crios)"
        r".{0,40}?(?:desde manana|no me preguntes|para siempre|cuando ya no)",
        r"(?:quedate|qued[ae]nse) con (?:\w+ ){0,6}?(?:yo )?ya no voy a estar",
        r"(?:hice|tengo) (?:la |una )?lista de (?:quien|q|que) se queda con mis cosas",
        r"reserve (?:un|una) (?:hotel|cuarto|habitacion)(?: \w+){0,8}? (?:nadie|pastillas|"
        r"no me busquen|me traje)",
    ),
    ("imminent", "means"): (
        rf"(?:compre|tengo|ya tengo|saque|traje|consegui|hay) (?:el |un |una |medio |mas )?"
        rf"(?:bote de |botella de )?{_POISON}(?! para (?:las|los) (?:cucarachas|hormigas|plantas|"
        r"plagas|malas hierbas|piojos))",
        rf"me voy a (?:tirar|lanzar|aventar) (?:del|de la|desde el|desde la|por el|por la|al|a las|"
        rf"a la|bajo el|delante del) {_PLACE}",
        r"estoy (?:sentad[oa] |parad[oa] |de pie )?(?:en|sobre) (?:el|la|las|los) (?:azotea|"
        r"vias|via del tren|acantilado|cornisa|baranda|barandilla|ventana del piso|muelle|"
        r"techo del edificio|ultimo piso|puente)(?! (?:tendiendo|con (?:mis|unos|los)|de fiesta|"
        r"tomando|comiendo))",
        r"(?:ya )?pase al otro lado de la (?:valla|baranda|barandilla|reja)",
        r"(?:garaje|cochera).{0,60}?motor (?:encendido|prendido|en marcha)|motor (?:encendido|"
        r"prendido|en marcha).{0,60}?(?:garaje|cochera|puerta (?:esta )?cerrada)",
        r"(?:brasero|carbon|estufa|gas|anafe)\b.{0,60}?(?:selle|cerre|tape|sellado|cinta)"
        r"|(?:selle|tape) (?:las |la )?(?:ventanas?|puertas?)",
        r"(?:cinturon|soga|cuerda|cable|sabana) (?:ya )?(?:esta|lo tengo|la tengo) "
        r"(?:amarrad|atad|colgad|list)\w*|(?:amarre|ate|colgue) (?:el|la) (?:cinturon|soga|cuerda)",
        r"(?:la|una) (?:cuerda|soga) (?:ya )?(?:esta|la tengo) en (?:el|la|mi)",
        r"tengo (?:la|una) (?:cuerda|soga|navaja|cuchilla|pistola|arma|escopeta) en (?:la|mi|el) "
        r"(?:mochila|bolso|cuarto|coche|carro|armario|cajon)",
        r"(?:pistola|escopeta|arma|revolver)\b.{0,60}?se donde (?:guarda|esta|tiene|estan)",
        r"se donde (?:guarda|esta|estan|tiene) (?:las balas|los cartuchos|la llave del arma|"
        r"la pistola|el arma)",
        rf"(?:traje|me traje|llevo|tengo) todas (?:las|mis) (?:\w+ ){{0,2}}?{_PILLS}",
        r"(?:tengo|saque) (?:el|la|los|las|toda la|todo el) (?:\w+ ){0,2}?(?:litio|insulina)"
        r"(?: \w+){0,5}? (?:en la mano|aqui|conmigo|de la nevera)",
    ),
    ("imminent", "attempt"): (
        r"me (?:la|lo|las|los) (?:voy a )?(?:poner|pongo|tomo|tomare|voy a tomar|meto|inyecto) "
        r"(?:\w+ )?(?:tod[oa]s?|enter[oa]s?|de golpe)",
        r"me (?:he )?(?:tomado|tome|trague|bebi)(?: \w+){0,5}? (?:como |unas? |mas de )?"
        r"(?:\d{2,}|veinte|treinta|cuarenta|cincuenta)\b(?! (?:minutos|min|anos|euros|pesos))",
        r"(?:ya )?me (?:las|los) (?:tome|trague)\b(?!\s+(?:con|antes|despues|a las))",
        r"me (?:tome|trague|bebi) (?:todo lo (?:que|q) habia|tod[oa]s (?:los|las|mis)|"
        r"(?:los|las|mis) \w+ (?:que|q) me quedaban)",
        rf"(?:tome|mezcle|con) (?:mucho )?(?:alcohol|alcol|vino|aguardiente) (?:con|y) "
        rf"(?:los|las|mis|unas|unos) (?:\w+ )?{_PILLS}|(?:alcohol|aguardiente) con (?:los|las) "
        r"(?:clonazepam|rivotril|pastillas)",
        rf"(?:me )?(?:tome|bebi|beberme|trague|he tomado|acabo de (?:beber|tomar)(?:me)?) "
        rf"(?:\w+ ){{0,4}}?{_POISON}",
        r"(?:no (?:para|deja) de sangrar|no se (?:para|detiene|corta) (?:la sangre|el sangrado)|"
        r"estoy sangrando mucho)",
        r"me corte (?:\w+ ){0,3}?(?:mas )?(?:hondo|profundo)|ya me corte las munecas",
        r"(?:bebi|beberme|trague|tome) (?:\w+ ){0,3}?(?:lejia|cloro|lavandina|aguarras)",
        r"(?:abri|prendi|encendi|deje abierto) (?:el gas|la estufa|el brasero|el carbon)"
        r"(?: \w+){0,4}? y (?:cerre|selle|tape)",
        r"(?:me encerre|estoy) (?:\w+ )?en el (?:coche|carro|auto) (?:\w+ ){0,3}?(?:garaje|"
        r"cochera) con el motor",
    ),
    ("imminent", "farewell"): (
        r"(?:esta )?es mi ultima sesion(?! (?:del (?:mes|ano)|de (?:la semana|este)|antes)\b)"
        r"(?!.{0,60}(?:nos vemos|vuelvo|me mudo|alta))",
        r"gracias (?:por|x) (?:todo|escucharme|aguantarme)\b.{0,80}?(?:adios|chau|cuid(?:ate|ense|"
        r"en a)|les deseo lo mejor|te deseo lo mejor)(?!.{0,30}(?:nos vemos|hasta (?:manana|"
        r"luego|el|la)))",
        r"ya me despedi de (?:todos|mis|mi|toda)|(?:esta noche|hoy) me despido",
        r"(?:ya )?no me busquen|(?:que|q) nadie me (?:busque|detenga|encuentre)|perdon a todos",
        r"si (?:manana|hoy) no (?:contesto|respondo)(?:,)? ya (?:saben|sabes) (?:por que|porque|xq)",
        r"no voy a estar (?:\w+ ){0,3}?ni (?:ningun|ninguna|otro)",
        r"(?:manana|pronto|hoy) ya no voy a estar(?=\s*(?:$|[,.!?]))",
        r"yo ya no voy a estar(?! (?:en|aqui|por|disponible)\b)",
        r"cuando (?:la|las|lo) (?:lean?|encuentren?|encuentre) (?:\w+ ){0,2}?(?:yo )?ya (?:voy a estar|"
        r"estare|no)",
        r"solo quer\w+ (?:decir(?:te|les|le)?|escribir(?:te|le|les)?) (?:chau|adios|gracias|"
        r"que los quiero|q los quiero|que te quiero)(?=\s*(?:$|[,.!?]))",
        r"gracias (?:por|x) todo\b.{0,120}?ya no (?:voy a necesitar|necesitare)",
        r"te escribo lo ultimo|(?:q|que) me perdone\b",
        r"(?:ahora|ya) apago el (?:celular|movil|telefono|cel)",
    ),
    ("elevated", "ideation"): (
        # "me mato" at the start of a clause or after a time word (not "el gym me mató")
        r"(?:(?:^|(?<=[.!?,;] )|(?<=[.!?,;]))(?:yo )?|(?:ya|yo|mejor|entonces|juro (?:que|q)|"
        r"creo (?:que|q)|al final) )me mato(?! (?:a|de|del|por|con|en|trabajando|estudiando|"
        r"entrenando|corriendo|haciendo|limpiando|las|los|la|el)\b)",
        r"(?:pienso|pense|pensando|pensar|ganas|tentacion|impulso) (?:\w+ )?(?:en|de) "
        r"(?:tirarme|lanzarme|aventarme|saltar)(?! (?:en|a la|al|a dormir|en paracaidas)\b)",
        r"(?:pensamientos|ideas?) de (?:morirme|matarme|suicidarme)|(?:la )?idea del suicidio",
        rf"(?:pensar|piensa) en (?:{_MATAR}|morir(?:me)?|el suicidio)",
        r"tampoco (?:quiero|kiero) (?:seguir )?(?:vivir|viv[oa]|existir)",
        r"no (?:quiero|kiero|qiero) seguir viv[oa]",
    ),
    ("elevated", "passive_wish"): (
        r"(?:quisiera|quiero|ojala) (?:dormirme|dormir) y (?:que|q) (?:fuera|sea) para siempre",
        r"(?:quisiera|quiero|ojala) (?:dormirme|dormir|me duerma) y no (?:volver a )?(?:abrir los "
        r"ojos|despertar(?:me)?)",
        r"ojala (?:\w+ ){0,4}?(?:me muriera|me muera|desapareciera|desaparezca|no me despierte|"
        r"se (?:caiga|cayera|estrelle) el avion|me (?:atropelle|atropellara|pille))",
        r"(?:quiero|quisiera) (?:que|q) me (?:atropelle|pille|mate) (?:un|una|el|la) "
        r"(?:carro|coche|auto|bus|camion|tren)",
        r"si (?:\w+ ){0,3}?(?:me muer[eo]|me muriera|muero|muriera|no despierto|no despertara|"
        r"no me despierto|me estrello|me (?:atropella|atropellara|atropelle)|(?:el|un) avion se "
        r"(?:cae|cayera|estrella)|se cae el avion|me (?:pasa|pasara) algo|me diera algo)\b"
        r".{0,60}?(?:no me importar\w*|me dar\w+ (?:igual|lo mismo)|me da igual|no pasar\w+ nada|"
        r"no seria tan malo|seria un alivio|se acaba\w*|mejor)",
        r"no me importar\w* (?:que|q) me (?:diera|de|pasara|pase) algo y me (?:muriera|muera)",
        r"(?:a ver|por) si (?:pasa|me pasa) algo y se acaba todo",
        r"morir(?:me)? seria (?:un alivio|lo mejor|mejor)|lo mejor seria (?:morir\w*|"
        r"desaparecer|no estar|no existir)",
        r"(?:desaparecer|desapareciera|desaparezca) (?:para siempre|del todo|de este mundo)"
        r"|solo (?:desaparecer|no existir)|no existir mas",
        r"(?:le )?pido a dios (?:que|q) (?:no me deje despertar|me lleve)|dios,? llevame",
        r"(?:decepcionad\w+|triste|hart[oa]|cansad[oa]) de seguir viv[oa]",
        r"para (?:que|q) seguir viv[oa]|no merezco (?:vivir|seguir viv[oa]|estar viv[oa])",
        r"(?:estaria|estarian|seria|serian|vivirian|iria|irian|estarian) (?:\w+ ){0,2}?mejor "
        r"(?:sin mi\b|si (?:yo )?no estuviera)|(?:seria|sera) mas facil para todos si (?:yo )?"
        r"(?:no estuviera|no existiera|me muero|desapareciera)",
        r"(?:le|les) (?:iria|irian) mejor (?:cobrando mi seguro|sin mi)",
    ),
    ("elevated", "self_harm"): (
        r"(?:volvi|he vuelto|vuelvo) a (?:cortarme|hacerme (?:cortes|dano)|lastimarme|"
        r"autolesionarme|quemarme)",
        r"me (?:volvi a |he estado |estoy )?(?:hacer|hago|hice|haciendo) cortes",
        rf"me corto (?:en )?(?:los|las|el|la) {_BODY}|(?:otra vez|de nuevo) me corte\b",
        rf"me corte,? (?:esta vez )?en (?:la|el|los|las) {_BODY}",
        r"ganas (?:\w+ )?de (?:volver a )?(?:cortarme|hacerme dano|lastimarme|quemarme)",
        r"me (?:queme|quemo|estoy quemando|he quemado) (?:\w+ ){0,3}?con (?:el|un|una|la) "
        r"(?:mechero|encendedor|cigarr\w+|cerillo\w*)",
        r"me (?:he estado |estoy )?(?:haciendo|hago|hice) dano con (?:una|la|un|el) (?:cuchilla|"
        r"navaja|tijera|compas|vidrio|cristal)",
        r"(?:rasco|rascando|muerdo|pellizco|arano|golpeo|arranco)\b.{0,40}?hasta (?:sacarme sangre|"
        r"sangrar|(?:que|q) (?:sangr\w+|duel\w+|me duela)|dejarme (?:marcas|moretones|moratones))",
        r"me arranco las costras|para castigarme\b",
        r"me (?:doy|di|pego|daba|estoy dando) (?:golpes|punetazos|cabezazos|puñetazos|bofetadas)",
        r"(?:sin comer|saltando comidas|me salto (?:las )?comidas) (?:\w+ )?(?:a proposito|"
        r"para castigarme)",
    ),
}

# Third pass: a grid of first-person intent forms × methods, so that plain statements by any
# writer match ("esta noche me ahorco", "voy a tomarme todas las pastillas"), not only the
# phrasings seen so far. Intent: present as future ("me ahorco"), "voy a / me voy a",
# future ("me ahorcaré"), wanting or planning ("pienso ahorcarme"). Methods: killing, hanging,
# jumping from a high place or under a train, pills in quantity, poison or bleach, cutting the
# veins, drowning, gas or a car engine, fire, a gun. A time or the means in the message makes
# these imminent (``timing``, ``means``); weak signs ("ya lo decidí", "no es culpa de nadie")
# count only next to one of them or to each other.
_HIGH = (
    r"(?:puente|balcon|edificio|ventana|azotea|techo|terraza|acantilado|viaducto|barranco|"
    r"precipicio|risco|ultimo piso|piso \d+|\w+ piso|paso (?:a desnivel|elevado)|torre)"
)
_TRAFFIC = r"(?:tren|metro|camion|carro|coche|auto|bus|autobus|trailer|vias(?: del tren)?)"
_WHERE = (  # from a high place, under a train: not "me tiro a la piscina / al sofá"
    r"(?:(?:del?|de la|de un|de una|desde(?: el| la| un| una| lo alto de)?|por(?: el| la| un| "
    rf"una)?) (?:\w+ ){{0,2}}?{_HIGH}|(?:al|a la|a las|a los|a un|a una|bajo (?:el|un|una|la)|"
    r"debajo de(?: un| una| el| la)|delante de(?: un| una| el| la)|frente a(?: un| una| el| la)?|"
    rf"(?:en|a) (?:las|la) vias? de(?:l| un)) (?:\w+ )?{_TRAFFIC})"
)
_ALLOF = (  # the whole box, all the pills, poison or bleach
    rf"(?:tod[oa]s? (?:las|los|el|la|mis) (?:\w+ ){{0,2}}?(?:{_PILLS}|frasco|bote|caja|blister|"
    r"pastillero)|todo el (?:frasco|bote|blister)|toda la caja|la caja entera|el (?:frasco|bote) "
    rf"entero|(?:una|la) caja (?:entera )?de {_PILLS}|(?:un|el) (?:frasco|bote|blister) (?:entero "
    rf")?de {_PILLS}|\d{{2,}} {_PILLS}|(?:el |la |un |una )?(?:veneno|lejia|cloro|lavandina|"
    rf"aguarras|matarratas|raticida|insecticida|pesticida|herbicida|anticongelante|acido)\b)"
    r"(?! (?:que me (?:receto|recetaron|dio|dieron|mando|mandaron)|del tratamiento|a (?:su|la) "
    r"hora|como (?:me )?(?:dijo|indico)|para (?:la|el) (?:piscina|bano|suelo|ropa)|del dia|"
    r"de (?:hoy|la manana|la noche|la semana)|juntas porque))"
)
_VEINS = r"(?:las venas|las munecas|la muneca|el cuello|la garganta)"
_HANG_AT = (  # "me cuelgo del ventilador", not "me cuelgo del bus" or "me cuelgo la mochila"
    r"(?=\s*(?:$|[.!?,;:]|y\b|ya\b|hoy\b|esta\b|en (?:el|la|mi) (?:garaje|cuarto|armario|closet|"
    r"bano|patio|sotano|arbol)|(?:del?|de (?:la|un|una)) (?:\w+ )?(?:ventilador|techo|viga|arbol|"
    r"rama|puerta|barra|armario|closet|escalera|balcon|puente|lampara|tubo|regadera)|con (?:la|una|"
    r"el|un|mi) (?:cuerda|soga|cinturon|sabana|cable|corbata|bufanda)))"
)
_NOT_SUN = r"(?! (?:con|de|del|en) (?:este|el|tanto|esta|la) (?:sol|calor|clima|playa))"
# A method, as an infinitive with its pronoun ("ahorcarme") …
_M_INF = (
    r"(?:ahorcarme|colgarme" + _HANG_AT + r"|envenenarme|ahogarme(?! (?:de|del|con|en (?:un|una|"
    r"deudas|trabajo|tareas|lagrimas)))|dispararme|(?:pegarme|darme|meterme) un (?:tiro|balazo)|"
    r"(?:volarme|reventarme) (?:la cabeza|los sesos)|prenderme fuego|quemarme viv[oa]{_NOT_SUN}|"
    rf"cortarme {_VEINS}|(?:tirarme|lanzarme|aventarme|arrojarme|botarme|echarme) {_WHERE}|"
    rf"saltar {_WHERE}|(?:tomarme|tragarme|beberme) {_ALLOF}|"
    r"(?:meterme|entrar|caminar) (?:al|en el|en la) (?:rio|mar|lago|agua|presa)(?: \w+){0,3}? "
    r"hasta (?:ahogarme|morir|no (?:volver|salir))|(?:inhalar|respirar|aspirar) (?:el )?(?:gas|"
    r"monoxido|humo del (?:carro|coche|auto|motor))|"
    r"(?:encerrarme|meterme) (?:\w+ ){0,4}?con (?:el motor (?:encendido|prendido|en marcha)|"
    r"(?:el )?(?:carbon|brasero)))"
)
# … after its pronoun ("me voy a ahorcar", "me quiero tirar del puente") …
_M_BARE = (
    r"(?:ahorcar|colgar" + _HANG_AT + r"|envenenar|ahogar(?! (?:de|del|con|en (?:un|una|deudas|"
    r"trabajo|tareas|lagrimas)))|disparar(?! (?:a|al|una|un|fotos?)\b)|(?:pegar|dar|meter) un (?:tiro|balazo)|"
    r"(?:volar|reventar) (?:la cabeza|los sesos)|prender fuego|quemar viv[oa]{_NOT_SUN}|"
    rf"cortar {_VEINS}|(?:tirar|lanzar|aventar|arrojar|botar|echar) {_WHERE}|(?:tomar|tragar|beber) "
    rf"{_ALLOF}|(?:encerrar|meter) (?:\w+ ){{0,4}}?con (?:el motor (?:encendido|prendido|"
    r"en marcha)|(?:el )?(?:carbon|brasero)))"
)
# … and in the present or future ("me ahorco", "me tiraré del puente").
_M_PRES = (
    r"(?:ahorco|ahorcare|cuelgo" + _HANG_AT + r"|colgare" + _HANG_AT + r"|envenen(?:o|are)|"
    r"ahog(?:o|are) en (?:el|la|un|una) (?:rio|mar|lago|pantano|presa|banera|tina|embalse|"
    r"canal|pozo)|dispar(?:o|are)(?! (?:a|al|una|un|fotos?)\b)|(?:peg(?:o|are)|doy|dare|meto) un (?:tiro|balazo)|"
    r"(?:vuelo|volare|reviento) (?:la cabeza|los sesos)|prend(?:o|ere) fuego|quem(?:o|are) "
    rf"viv[oa]{_NOT_SUN}|cort(?:o|are) {_VEINS}|(?:tiro|tirare|lanzo|lanzare|avento|aviento|aventare|"
    rf"avientare|arrojo|arrojare|boto|echo|echare) {_WHERE}|(?:tomo|tomare|trago|tragare|bebo|bebere) {_ALLOF}|"
    r"(?:encierro|encerrare|meto) (?:\w+ ){0,4}?con (?:el motor (?:encendido|prendido|"
    r"en marcha)|(?:el )?(?:carbon|brasero)))"
)
_INTEND = (  # going to, wanting, planning, deciding
    r"(?:(?:me )?voy a|(?:me )?vo a|(?:me )?ire a|pienso|planeo|quiero|qiero|kiero|quisiera|"
    r"he decidido|decidi|tengo que|necesito|estoy (?:pensando en|decidid[oa] a|a punto de|"
    r"por)|pensando en|ganas de|prefiero|mejor)"
)
_GRID: dict[tuple[Level, Kind], tuple[str, ...]] = {
    ("elevated", "ideation"): (
        rf"{_INTEND} {_M_INF}",
        rf"me (?:voy a|vo a|ire a|quiero|qiero|kiero|pienso) {_M_BARE}",
        rf"(?<!\bse )me {_M_PRES}",
        r"(?<!\bse )me (?:voy a |ire a )?(?:matar|suicidar|mato|matare)(?=\s*(?:$|[.!?,;]|y\b|ya\b|hoy\b|esta noche\b|"
        r"manana\b|de una vez\b|lo juro\b|en serio\b|te lo juro\b|para siempre\b))",
        r"me (?:suicido|quito la vida)\b",
    ),
    ("imminent", "means"): (
        rf"tengo (?:\w+ ){{0,4}}?{_PILLS}(?: \w+){{0,3}}? (?:delante de mi|enfrente de mi|frente a "
        r"mi|en (?:la|mi) mano|aqui (?:conmigo|al lado)|para (?:morir|matarme|suicidarme|"
        r"no despertar|acabar con todo))",
        r"(?:compre|consegui|traje|tengo) (?:una|la|un|el) (?:soga|cuerda|cinturon)\b.{0,60}?"
        r"(?:escond\w+|ya se para (?:que|q)|para (?:ahorcarme|colgarme|matarme))",
        r"(?:encerr\w+|meterme|me meto) (?:\w+ ){0,4}?con el motor (?:encendido|prendido|"
        r"en marcha)",
        r"(?:ya )?tengo (?:la|el) (?:gasolina|pistola|revolver|veneno)(?=\s*(?:$|[.!?,;]))",
    ),
    # --- weak signs: nothing alone, imminent beside a risk phrase or another weak sign ---------
    ("none", "plan"): (
        r"ya lo (?:he )?(?:decidi|decidido|pense bien)|(?:ya )?(?:lo )?tengo decidido(?: como)?|"
        r"ya (?:estoy|esta) decidid[oa]|ya se (?:como|para (?:que|q))(?=\s*(?:$|[.!?,;:]))|"
        r"no hay vuelta atras|esta vez (?:va )?en serio",
    ),
    ("none", "farewell"): (
        r"gracias (?:por|x) todo(?!.{0,40}(?:nos vemos|hasta (?:el|la|luego|pronto|manana)|"
        r"la proxima))",
        r"(?:no es|no fue) culpa de nadie|nadie tiene la culpa|no (?:es|fue) (?:tu|su) culpa",
        r"(?:los|las|l[ao]s) quiero (?:mucho|a todos|a todas)|(?:los|las) quiero(?=\s*(?:$|[.!]))",
        r"me voy para siempre|perdon(?:en|enme)? por todo|mi ultim[ao] (?:mensaje|publicacion)",
        r"adios a todos|cuiden (?:a|de) mi (?:mama|madre|perr[oa]|gat[oa]|hij[oa]s?)",
    ),
}

_ALL = {
    key: _RULES.get(key, ()) + _MORE.get(key, ()) + _GRID.get(key, ())
    for key in {**_RULES, **_MORE, **_GRID}
}

LEXICON = Lexicon(
    language="es",
    # One rule per level and kind (see the module docstring).
    rules=tuple(Rule(level, kind, "|".join(ps)) for (level, kind), ps in _ALL.items()),
    negations=(
        # "no" unless it negates something else ("no sé, …", "no puedo más, …").
        r"no(?!\s*[,.:]|\s+(?:se|puedo|aguanto|soporto|hay|haya|habra|tengo|entiendo|sirvo|valgo|"
        r"me importa|duermo|como|paro|dejo|encuentro|veo|tiene|es justo|me quiere|me quieren|"
        r"me entiende|me entienden|me escucha|quiero seguir|quiero vivir|quiero estar vivo|"
        r"muon|mun|noi|bao|dinh|dang|tinh|nhan)\b)",  # (the last: Vietnamese "nó", he)
        r"no tengo (?:ninguna )?(?:intencion|plan(?:es)?|idea) de|ningun(?:a|as|os)? (?:intencion|"
        r"plan|idea|ganas|pensamiento)s? de",
        r"no tengo$",  # just before the phrase: "no tengo ganas de morir"
        r"nunca|jamas|tampoco|ni (?:loco|loca|de broma|en broma)|para nada|en absoluto",
        r"ya no (?:pienso|quiero|tengo ganas)",
    ),
    past=(
        r"hace (?:\d+|un|una|unos|unas|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|"
        r"veinte|muchos|muchas|varios|varias|algunos|algunas) (?:anos?|meses|mes|decadas?)",
        r"hace (?:mucho|tiempo|mucho tiempo|anos)|anos atras|tiempo atras|el ano pasado",
        r"en el pasado|en (?:19|20)\d\d|a los \d+(?: anos)?",
        r"cuando (?:yo )?(?:tenia|era|estaba en|iba a)",
        r"de (?:nin[oa]|chic[oa]|pequen[oa]|joven|adolescente)",
        r"en mi (?:adolescencia|juventud|infancia)|durante (?:anos|mi adolescencia)",
        r"antes(?! de| que)|solia|hubo (?:un tiempo|una epoca)|en (?:esa|aquella) (?:epoca|etapa)",
        r"en ese entonces|llegue a|con \d+ anos|me (?:autolesionaba|cortaba|hacia dano)",
    ),
    recovery=(
        r"(?:hoy|ahora|actualmente) (?:\w+ )?(?:ayudo|apoyo|acompano|soy mentor\w*|trabajo con|"
        r"estudio psicologia|doy charlas)",
        r"(?:hoy|ahora|ya|actualmente) (?:estoy|me siento|me encuentro) (?:bien|mejor|feliz|"
        r"estable|en paz|en un buen (?:momento|lugar))",
        r"(?<!no )estoy bien|sali adelante|lo supere|logre salir|me recupere|estoy en recuperacion",
        r"gracias a (?:la )?(?:terapia|ayuda|mi psicolog\w*)",
        r"me alegro de (?:seguir|estar) (?:aqui|viv[oa])",
        r"ayud(?:o|ar|amos) a (?:otros|otras personas|los demas|gente)",
        r"(?:ahora|hoy) tengo una (?:buena )?vida|(?:hoy|ahora) tengo \d+\b|coordino (?:este|el) grupo",
        r"soy (?:voluntari[oa]|mentor[a]?)|(?:que|q) supere\b|llevo (?:\w+ ){0,2}limpi[oa]s?\b",
    ),
    others=(
        # A relative or third person, then (within a few words) a report or a third-person verb.
        r"(?:(?:mi|mis|tu|su|un|una|nuestro|nuestra) (?:mejor )?(?:herman[oa]s?|amig[oa]s?|"
        r"hij[oa]s?|novi[oa]|pareja|espos[oa]|marido|mujer|mama|madre|papa|padre|prim[oa]|"
        r"ti[oa]|abuel[oa]|compa\w*|vecin[oa]|alumn[oa]|estudiante|paciente|cliente|sobrin[oa]|"
        r"cunad[oa]|suegr[oa]|colega|conocid[oa]|chic[oa]|mentee|participante)|"
        rf"alguien que conozco)(?=(?: \w+){{0,4}}? {_SAYS}\b|\s*$)",
        # "ella" alone is also an English name: only with a verb after it.
        rf"(?:ella|ellos|ellas)(?=(?: \w+){{0,4}}? {_SAYS}\b)",
        r"(?:dice|dijo|cuenta|conto|escribio|comenta|comento|publico|puso|confeso) que"
        r"(?= (?:\w+ ){0,3}?(?:quiere|se quiere|piensa|va a|se va a|intento|se corta|se corto|"
        r"no quiere|ya no quiere|ya no puede|no aguanta)\b)",
    ),
    hypothetical=(
        r"(?:que|qu[eé]) (?:hago|hacer|hacemos|debo hacer|le digo|digo|puedo hacer|"
        r"deberia hacer|respondo|contesto|se hace) (?:si|cuando)",
        r"como (?:ayudo|ayudar|puedo ayudar|apoyar|apoyo|respondo|responder|hablo|hablar|"
        r"acompanar) (?:a|con)",
        r"si (?:alguien|una persona|un (?:amigo|usuario|mentee|participante)|una amiga|"
        r"alguno|algun)",
        r"(?:en|de) (?:la|una|el|un) (?:pelicula|serie|libro|novela|cancion|obra|videojuego|anime)",
        r"hipoteticamente|por ejemplo|imagina(?:te)? que|supongamos que|que pasa(?:ria)? si",
        r"(?:como|como le) pregunto|me pregunt\w+ (?:si|que si|q si)",
        r"el personaje|en (?:la formacion|el curso|el taller|la capacitacion)",
    ),
    harmless=(
        r"me (?:muero|moria|mori|voy a morir|estoy muriendo|quiero morir|estaba muriendo|"
        r"muero yo) (?:de|del|por) (?:la )?(?:risa|hambre|sueno|ganas|calor|frio|verg[uü]enza|"
        r"aburrimiento|envidia|amor|celos|curiosidad|sed|cansancio|nervios|ternura|asco|emocion|"
        r"alegria|felicidad)",
        r"me muero por (?:verte|ver|ir|saber|conocer|probar|que|comer|tomar|\w+)",
        r"(?:estoy|estaba|estamos|ando|quede) muert[oa]s? (?:de|del) (?:cansancio|risa|hambre|"
        r"sueno|frio|miedo|calor|sed|envidia|verg[uü]enza|aburrimiento)",
        r"(?:me|nos) (?:mata|matan|esta matando|estan matando|va a matar) (?:el|la|los|las|"
        r"este|esta|estos|estas|de) (?:\w+ )?(?:calor|trafico|frio|sueno|dolor|curiosidad|"
        r"espera|ansiedad|zapatos|pies|risa|jefe|tarea|examen|examenes|deberes|trabajo|"
        r"cancion|serie)",
        r"matar el (?:tiempo|rato|aburrimiento|hambre)|matando el (?:tiempo|rato)",
        # "la rutina me mató", "si repruebo me mato": a workout, an exam
        r"(?:el|la|los|las|ese|esa|este|esta|eso|esto) (?:\w+ ){0,2}?(?:gym|gimnasio|entreno|"
        r"entrenamiento|rutina|trabajo|examen|jefe|jefa|profe|clase|partido|viaje|dia|semana|"
        r"susto|chiste|final|capitulo|serie|precio|dolor|calor|piernas|cardio|spinning|caminata|"
        r"subida|cuesta|turno|mudanza) (?:\w+ ){0,2}?me mato",
        r"si (?:no )?(?:\w+ ){0,2}?(?:repruebo|suspendo|pierdo|pierde|gana|ganan|apruebo|sale|"
        r"llego tarde|engordo|me ve|me ven|se entera|me pilla|me cacha|me descubre) (?:\w+ ){0,3}?"
        r"me mato",
        r"me mato (?:a |)(?:trabajar|estudiar|trabajando|estudiando|entrenando|corriendo|"
        r"en el gym)",
        r"(?:me )?(?:mataria|mato|matar) por (?:un|una|unos|unas) \w+",
        r"que me maten si|me (?:muero|moriria) si (?:me|lo|la|le|el|ella) (?:ve|ven|entera|dice)",
        r"(?:mi (?:madre|mama|mami|vieja|viejo|papa|padre|jefe|jefa|profe|profesor|profesora|"
        r"entrenador)|me) (?:me )?va a matar(?:me)? (?:cuando|si|porque|por)",
        r"(?:que|qu[eé]|q) (?:verg[uü]enza|oso|pena)\W+me (?:quiero|queria|quise) morir",
        r"me quiero morir de (?:la )?(?:verg[uü]enza|risa|amor|ternura|envidia|ganas)",
        r"no puedo mas de (?:la )?risa|me mata de (?:la )?risa|de muerte\b|hasta la muerte",
        r"un susto de muerte|casi me muero (?:de|del)",
    ),
    timing=(
        r"esta noche|esta madrugada|esta tarde|hoy(?! en dia)|(?<!la )(?<!las )(?<!cada )manana",
        r"ahora mismo|ya mismo|ahorita|en (?:un rato|unos minutos|unas horas|una hora)",
        r"dentro de poco|este fin de semana|antes de que amanezca|cuando se duerman",
        r"(?:el|este) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|finde)|al amanecer",
        r"cuando (?:se (?:vayan|vaya|duerma)|(?:todos|todas) (?:duerman|se duerman|se vayan)|"
        r"no (?:haya|este) nadie|me quede sol[oa])|esta misma noche|en cuanto (?:se|me) \w+",
    ),
    means=(
        _PILLS,
        r"pildora|cuerda|soga|puente|cuchilla|navaja|cuchillo|veneno|arma|pistola|escopeta",
        r"vias del tren|azotea|lejia|raticida|matarratas|insulina|edificio|cornisa|acantilado",
        r"(?:abr\w+|dej\w+|prend\w+|fuga de|llave del?) (?:el )?gas",
        r"motor (?:encendido|prendido|en marcha)|gasolina|carbon|brasero|frasco|blister",  # not "gas" alone: English
    ),
)
