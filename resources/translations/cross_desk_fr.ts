<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Activity report</source>
        <translation>Rapport d&apos;activité</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Nothing on the chart to analyse.</source>
        <translation>Rien à analyser sur le schéma.</translation>
    </message>
    <message>
        <source>Analysis cancelled.</source>
        <translation>Analyse annulée.</translation>
    </message>
    <message>
        <source>Select two records on the chart.</source>
        <translation>Sélectionnez deux fiches sur le schéma.</translation>
    </message>
    <message>
        <source>Ready: %1 and %2.</source>
        <translation>Prêt : %1 et %2.</translation>
    </message>
    <message>
        <source>Measuring who is central…</source>
        <translation>Mesure de la centralité…</translation>
    </message>
    <message>
        <source>%1 records, %2 linked pairs.</source>
        <translation>%1 fiches, %2 paires reliées.</translation>
    </message>
    <message>
        <source>Betweenness estimated from a sample of %1 records.</source>
        <translation>Intermédiarité estimée sur un échantillon de %1 fiches.</translation>
    </message>
    <message>
        <source>The table lists the first %1.</source>
        <translation>Le tableau liste les %1 premières.</translation>
    </message>
    <message>
        <source>Key players found.</source>
        <translation>Acteurs clés trouvés.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Who is central</source>
        <translation>Qui est central</translation>
    </message>
    <message>
        <source>How two records connect</source>
        <translation>Comment deux fiches sont reliées</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Brokers and weak points</source>
        <translation>Intermédiaires et points faibles</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Who manages whom</source>
        <translation>Qui dirige qui</translation>
    </message>
    <message>
        <source>The chart changed since: compute again to include the change.</source>
        <translation>Le schéma a changé depuis : relancez le calcul pour en tenir compte.</translation>
    </message>
    <message>
        <source>Analyses run on what the chart shows.</source>
        <translation>Les analyses portent sur ce que montre le schéma.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Clear the highlight</source>
        <translation>Effacer la mise en évidence</translation>
    </message>
    <message>
        <source>Stop pointing at the path, brokers or weak points found</source>
        <translation>Ne plus montrer le chemin, les intermédiaires ou les points faibles trouvés</translation>
    </message>
    <message>
        <source>Number of links: direct contacts. Betweenness: how often the record lies on the shortest way between two others. Closeness: how near it is to everyone. Eigenvector and PageRank: linked to well-linked records.</source>
        <translation>Nombre de liens : contacts directs. Intermédiarité : combien de fois la fiche se trouve sur le plus court chemin entre deux autres. Proximité : à quel point elle est proche de tous. Vecteur propre et PageRank : reliée à des fiches elles-mêmes bien reliées.</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>Classer par</translation>
    </message>
    <message>
        <source>Size the nodes by it</source>
        <translation>Taille des nœuds selon cette mesure</translation>
    </message>
    <message>
        <source>Colour the nodes by it</source>
        <translation>Couleur des nœuds selon cette mesure</translation>
    </message>
    <message>
        <source>Find the key players</source>
        <translation>Trouver les acteurs clés</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>every shortest way</source>
        <translation>tous les plus courts chemins</translation>
    </message>
    <message>
        <source>the k shortest ways</source>
        <translation>les k plus courts chemins</translation>
    </message>
    <message>
        <source>every way up to … links</source>
        <translation>tous les chemins jusqu&apos;à … liens</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Combien</translation>
    </message>
    <message>
        <source>Links at most</source>
        <translation>Liens au plus</translation>
    </message>
    <message>
        <source>Connect the two selected records</source>
        <translation>Relier les deux fiches sélectionnées</translation>
    </message>
    <message>
        <source>Above 1: more, smaller groups. Below 1: fewer, larger groups.</source>
        <translation>Au-dessus de 1 : plus de groupes, plus petits. En dessous de 1 : moins de groupes, plus grands.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Find the groups</source>
        <translation>Trouver les groupes</translation>
    </message>
    <message>
        <source>Selection → A</source>
        <translation>Sélection → A</translation>
    </message>
    <message>
        <source>The records selected on the chart (or a group picked in Groups) become group A</source>
        <translation>Les fiches sélectionnées sur le schéma (ou un groupe choisi dans Groupes) deviennent le groupe A</translation>
    </message>
    <message>
        <source>Selection → B</source>
        <translation>Sélection → B</translation>
    </message>
    <message>
        <source>The records selected on the chart (or a group picked in Groups) become group B</source>
        <translation>Les fiches sélectionnées sur le schéma (ou un groupe choisi dans Groupes) deviennent le groupe B</translation>
    </message>
    <message>
        <source>Group A</source>
        <translation>Groupe A</translation>
    </message>
    <message>
        <source>Group B</source>
        <translation>Groupe B</translation>
    </message>
    <message>
        <source>Who connects A and B</source>
        <translation>Qui relie A et B</translation>
    </message>
    <message>
        <source>Whose removal splits the network</source>
        <translation>Qui, une fois retiré, coupe le réseau</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>A link not seen for this long is counted as gone (a contact with no end date does not last forever).</source>
        <translation>Un lien non revu depuis aussi longtemps est compté comme disparu (un contact sans date de fin ne dure pas toujours).</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Links lapse after</source>
        <translation>Les liens expirent après</translation>
    </message>
    <message>
        <source>Compare the two dates</source>
        <translation>Comparer les deux dates</translation>
    </message>
    <message>
        <source>Read from “manages” and “supplies” links, and from the roles of the members of an organisation (head, manager, others). Hints to check, not facts.</source>
        <translation>Déduit des liens « dirige » et « approvisionne », et des rôles des membres d&apos;une organisation (chef, gérant, autres). Des pistes à vérifier, pas des faits.</translation>
    </message>
    <message>
        <source>Find who manages whom</source>
        <translation>Trouver qui dirige qui</translation>
    </message>
    <message>
        <source>Lay out the chart as a hierarchy</source>
        <translation>Disposer le schéma en hiérarchie</translation>
    </message>
    <message>
        <source>betweenness</source>
        <translation>intermédiarité</translation>
    </message>
    <message>
        <source>number of links</source>
        <translation>nombre de liens</translation>
    </message>
    <message>
        <source>weighted links</source>
        <translation>liens pondérés</translation>
    </message>
    <message>
        <source>closeness</source>
        <translation>proximité</translation>
    </message>
    <message>
        <source>eigenvector</source>
        <translation>vecteur propre</translation>
    </message>
    <message>
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <source>Looking for the ways between them…</source>
        <translation>Recherche des chemins qui les relient…</translation>
    </message>
    <message>
        <source>%1 and %2 are not connected on this chart.</source>
        <translation>%1 et %2 ne sont pas reliés sur ce schéma.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s): </source>
        <translation>
            <numerusform>%n lien : </numerusform>
            <numerusform>%n liens : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n way(s) found.</source>
        <translation>
            <numerusform>%n chemin trouvé.</numerusform>
            <numerusform>%n chemins trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are more: narrow the search.</source>
        <translation>Il y en a d&apos;autres : affinez la recherche.</translation>
    </message>
    <message>
        <source>(derived)</source>
        <translation>(déduit)</translation>
    </message>
    <message>
        <source>Finding the groups…</source>
        <translation>Recherche des groupes…</translation>
    </message>
    <message>
        <source>groups found (analysis)</source>
        <translation>groupes trouvés (analyse)</translation>
    </message>
    <message numerus="yes">
        <source>Group %1 · %n record(s) · centre: %2</source>
        <translation>
            <numerusform>Groupe %1 · %n fiche · centre : %2</numerusform>
            <numerusform>Groupe %1 · %n fiches · centre : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s); modularity %1 (above 0.3: clear groups).</source>
        <translation>
            <numerusform>%n groupe ; modularité %1 (au-dessus de 0,3 : groupes nets).</numerusform>
            <numerusform>%n groupes ; modularité %1 (au-dessus de 0,3 : groupes nets).</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups found: the chart is coloured by group.</source>
        <translation>Groupes trouvés : le schéma est coloré par groupe.</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>non choisi</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for who connects the two groups…</source>
        <translation>Recherche de qui relie les deux groupes…</translation>
    </message>
    <message>
        <source>Records: +%1 −%2 · links: +%3 −%4 · groups: %5 → %6</source>
        <translation>Fiches : +%1 −%2 · liens : +%3 −%4 · groupes : %5 → %6</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nouveaux : %1</translation>
    </message>
    <message>
        <source>Gone quiet: %1</source>
        <translation>Disparus : %1</translation>
    </message>
    <message>
        <source>Nothing changed between the two dates.</source>
        <translation>Rien n&apos;a changé entre les deux dates.</translation>
    </message>
    <message>
        <source>Compared: records new since the first date are highlighted.</source>
        <translation>Comparaison faite : les fiches apparues depuis la première date sont mises en évidence.</translation>
    </message>
    <message>
        <source>New group %2</source>
        <translation>Nouveau groupe %2</translation>
    </message>
    <message>
        <source>Group %1 broke up</source>
        <translation>Le groupe %1 s&apos;est dispersé</translation>
    </message>
    <message>
        <source>Groups %1 merged into group %2</source>
        <translation>Les groupes %1 ont fusionné dans le groupe %2</translation>
    </message>
    <message>
        <source>Group %1 split into groups %2</source>
        <translation>Le groupe %1 s&apos;est scindé en groupes %2</translation>
    </message>
    <message>
        <source>Group %1 carried on as group %2</source>
        <translation>Le groupe %1 continue comme groupe %2</translation>
    </message>
    <message>
        <source>joined: %1</source>
        <translation>arrivés : %1</translation>
    </message>
    <message>
        <source>left: %1</source>
        <translation>partis : %1</translation>
    </message>
    <message>
        <source>Reading who manages whom…</source>
        <translation>Lecture de qui dirige qui…</translation>
    </message>
    <message>
        <source>manages</source>
        <translation>dirige</translation>
    </message>
    <message>
        <source>supplies</source>
        <translation>approvisionne</translation>
    </message>
    <message>
        <source>ranks above (roles in %1)</source>
        <translation>est au-dessus (rôles dans %1)</translation>
    </message>
    <message>
        <source>To check, the hints go round in a circle: %1</source>
        <translation>À vérifier, les pistes tournent en rond : %1</translation>
    </message>
    <message>
        <source>No “manages” or “supplies” link, and no roles in an organisation.</source>
        <translation>Aucun lien « dirige » ou « approvisionne », et aucun rôle dans une organisation.</translation>
    </message>
    <message>
        <source>At the top: %1.</source>
        <translation>Au sommet : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n hint(s).</source>
        <translation>
            <numerusform>%n piste.</numerusform>
            <numerusform>%n pistes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hierarchy read: the records at the top are highlighted.</source>
        <translation>Hiérarchie lue : les fiches au sommet sont mises en évidence.</translation>
    </message>
    <message>
        <source>Ways carried</source>
        <translation>Chemins portés</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>%1 (%2): carries %3 of the shortest ways from A to B</source>
        <translation>%1 (%2) : porte %3 des plus courts chemins de A vers B</translation>
    </message>
    <message>
        <source>No way on this chart leads from group A to group B.</source>
        <translation>Aucun chemin sur ce schéma ne mène du groupe A au groupe B.</translation>
    </message>
    <message>
        <source>%1 of %2 pairs (A, B) are connected; the ten brokers carrying most ways are highlighted.</source>
        <translation>%1 paires (A, B) sur %2 sont reliées ; les dix intermédiaires qui portent le plus de chemins sont mis en évidence.</translation>
    </message>
    <message numerus="yes">
        <source>%n broker(s) found.</source>
        <translation>
            <numerusform>%n intermédiaire trouvé.</numerusform>
            <numerusform>%n intermédiaires trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for the network&apos;s weak points…</source>
        <translation>Recherche des points faibles du réseau…</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Morceaux</translation>
    </message>
    <message>
        <source>Cut off</source>
        <translation>Isolées</translation>
    </message>
    <message>
        <source>Without %1, its part of the network falls into %2 pieces and %3 records are cut off</source>
        <translation>Sans %1, sa partie du réseau se coupe en %2 morceaux et %3 fiches sont isolées</translation>
    </message>
    <message>
        <source>%1 records and %2 relations would split the network if removed; the worst are highlighted.</source>
        <translation>%1 fiches et %2 relations couperaient le réseau si on les retirait ; les pires sont mises en évidence.</translation>
    </message>
    <message>
        <source>Weak points found.</source>
        <translation>Points faibles trouvés.</translation>
    </message>
    <message>
        <source>Comparing the two dates…</source>
        <translation>Comparaison des deux dates…</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Identifiant de fiche</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a record id; it was ignored.</source>
        <translation>« %1 » n&apos;est pas un identifiant de fiche ; il a été ignoré.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Who is this export for?</source>
        <translation>À qui est destiné cet export ?</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported.</source>
        <translation>
            <numerusform>%n entrée exportée.</numerusform>
            <numerusform>%n entrées exportées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Chaîne d&apos;audit</translation>
    </message>
    <message>
        <source>The audit chain is intact (%1 rows).
Head: %2</source>
        <translation>La chaîne d&apos;audit est intacte (%1 lignes).
Tête : %2</translation>
    </message>
    <message>
        <source>THE AUDIT CHAIN IS BROKEN: %1</source>
        <translation>LA CHAÎNE D&apos;AUDIT EST ROMPUE : %1</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln procédure</numerusform>
            <numerusform>%Ln procédures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>New case</source>
        <translation>Nouvelle procédure</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Edit case…</source>
        <translation>Modifier la procédure…</translation>
    </message>
    <message>
        <source>New tip</source>
        <translation>Nouveau renseignement</translation>
    </message>
    <message>
        <source>New seizure</source>
        <translation>Nouvelle saisie</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>Graphe relationnel</translation>
    </message>
    <message>
        <source>Print dossier…</source>
        <translation>Imprimer le dossier…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Add a member: type a name, a plate, a number…</source>
        <translation>Ajouter : saisissez un nom, une immatriculation, un numéro…</translation>
    </message>
    <message>
        <source>Drag records here from any list to add them.</source>
        <translation>Glissez ici des fiches depuis n&apos;importe quelle liste pour les ajouter.</translation>
    </message>
    <message>
        <source>Remove from the case</source>
        <translation>Retirer de la procédure</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Cotation</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Substances</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Numéraire</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Seizures</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <source>Totals by substance</source>
        <translation>Totaux par produit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Constaté</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Parquet</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverte le</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Accès restreint</translation>
    </message>
    <message>
        <source>Tips ({n})</source>
        <translation>Renseignements ({n})</translation>
    </message>
    <message>
        <source>Seizures ({n})</source>
        <translation>Saisies ({n})</translation>
    </message>
    <message>
        <source>Events ({n})</source>
        <translation>Événements ({n})</translation>
    </message>
    <message>
        <source>Links ({n})</source>
        <translation>Liens ({n})</translation>
    </message>
    <message>
        <source>Cash: {cash} · Weapons: {weapons} · Vehicles: {vehicles}</source>
        <translation>Numéraire : {cash} · Armes : {weapons} · Véhicules : {vehicles}</translation>
    </message>
    <message>
        <source>{n} record(s) added to the case.</source>
        <translation>{n} fiche(s) ajoutée(s) à la procédure.</translation>
    </message>
    <message>
        <source>{n} record(s) removed from the case.</source>
        <translation>{n} fiche(s) retirée(s) de la procédure.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message>
        <source>Chart: {name}</source>
        <translation>Graphe : {name}</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Find on the chart…</source>
        <translation>Chercher sur le graphe…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Show the network as it stood, moving the dates forward</source>
        <translation>Montrer le réseau tel qu&apos;il était, en avançant dans le temps</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Nothing on the chart yet: open it from a case, a record or a search, or use “Add from search”.</source>
        <translation>Rien sur le schéma pour l’instant : ouvrez-le depuis un dossier, une fiche ou une recherche, ou utilisez « Ajouter depuis la recherche ».</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole chart</source>
        <translation>Afficher tout le graphe</translation>
    </message>
    <message>
        <source>Lay out</source>
        <translation>Disposer</translation>
    </message>
    <message>
        <source>Lay out the chart again</source>
        <translation>Redisposer le graphe</translation>
    </message>
    <message>
        <source>Force-directed</source>
        <translation>Par forces</translation>
    </message>
    <message>
        <source>Hierarchy (following link direction)</source>
        <translation>Hiérarchie (selon le sens des liens)</translation>
    </message>
    <message>
        <source>Circles by kind</source>
        <translation>Cercles par type</translation>
    </message>
    <message>
        <source>Circles by group (communities)</source>
        <translation>Cercles par groupe (communautés)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Étendre</translation>
    </message>
    <message>
        <source>Add the neighbours of the selection</source>
        <translation>Ajouter les voisins de la sélection</translation>
    </message>
    <message>
        <source>Expand 2 hops</source>
        <translation>Étendre à 2 sauts</translation>
    </message>
    <message>
        <source>Expand by link kind…</source>
        <translation>Étendre par type de lien…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide the selection (Shift+H shows it again)</source>
        <translation>Masquer la sélection (Maj+H la réaffiche)</translation>
    </message>
    <message>
        <source>Show hidden</source>
        <translation>Réafficher</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Take the selection off the chart</source>
        <translation>Retirer la sélection du graphe</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Pinned records stay where they are</source>
        <translation>Les fiches épinglées restent en place</translation>
    </message>
    <message>
        <source>Links among</source>
        <translation>Liens entre</translation>
    </message>
    <message>
        <source>Show every link among the selection</source>
        <translation>Afficher tous les liens entre les fiches sélectionnées</translation>
    </message>
    <message>
        <source>New link…</source>
        <translation>Nouveau lien…</translation>
    </message>
    <message>
        <source>Link the two selected records</source>
        <translation>Relier les deux fiches sélectionnées</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Ouvrir la fiche</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>Ne rien sélectionner</translation>
    </message>
    <message>
        <source>Select neighbours</source>
        <translation>Sélectionner les voisins</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Show or hide the timeline</source>
        <translation>Afficher ou masquer la chronologie</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Show or hide filters and styles</source>
        <translation>Afficher ou masquer les filtres et styles</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the chart with its case</source>
        <translation>Enregistrer le graphe avec sa procédure</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Saved charts…</source>
        <translation>Graphes enregistrés…</translation>
    </message>
    <message>
        <source>Picture (PNG)…</source>
        <translation>Image (PNG)…</translation>
    </message>
    <message>
        <source>Vector drawing (SVG)…</source>
        <translation>Dessin vectoriel (SVG)…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Add from search…</source>
        <translation>Ajouter par recherche…</translation>
    </message>
    <message>
        <source>All of a kind</source>
        <translation>Tout un type</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Choose a layout</source>
        <translation>Choisir une disposition</translation>
    </message>
    <message>
        <source>Add neighbours of the selection</source>
        <translation>Ajouter les voisins de la sélection</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Sélectionner</translation>
    </message>
    <message>
        <source>Select records</source>
        <translation>Sélectionner des fiches</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphes</translation>
    </message>
    <message>
        <source>Save or open charts of this case</source>
        <translation>Enregistrer ou ouvrir les graphes de cette procédure</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Picture, drawing or print of the chart</source>
        <translation>Image, dessin ou impression du graphe</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>At least … links</source>
        <translation>Au moins … liens</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>force</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>preuves</translation>
    </message>
    <message>
        <source>Strength: confidence × times seen. Evidence: the tips, seizures and events behind the links.</source>
        <translation>Force : confiance × nombre de constatations. Preuves : les renseignements, saisies et événements à l&apos;origine des liens.</translation>
    </message>
    <message>
        <source>Highlight the selection&apos;s links</source>
        <translation>Mettre en évidence les liens de la sélection</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Couleur selon</translation>
    </message>
    <message>
        <source>Size by</source>
        <translation>Taille selon</translation>
    </message>
    <message>
        <source>Link width</source>
        <translation>Épaisseur des liens</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>same size</source>
        <translation>taille unique</translation>
    </message>
    <message>
        <source>number of links</source>
        <translation>nombre de liens</translation>
    </message>
    <message>
        <source>group (community)</source>
        <translation>groupe (communauté)</translation>
    </message>
    <message>
        <source>Opening the case chart…</source>
        <translation>Ouverture du graphe de la procédure…</translation>
    </message>
    <message>
        <source>Opening the chart…</source>
        <translation>Ouverture du graphe…</translation>
    </message>
    <message>
        <source>Adding records…</source>
        <translation>Ajout de fiches…</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Disposition…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not shown (hidden or filtered)</source>
        <translation>
            <numerusform>%n non affichée (masquée ou filtrée)</numerusform>
            <numerusform>%n non affichées (masquées ou filtrées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionnée</numerusform>
            <numerusform>%n sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>saved as “%1”</source>
        <translation>enregistré sous « %1 »</translation>
    </message>
    <message>
        <source>Nothing on the chart matches “%1”.</source>
        <translation>Rien sur le graphe ne correspond à « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) on the chart</source>
        <translation>
            <numerusform>%n lien sur le graphe</numerusform>
            <numerusform>%n liens sur le graphe</numerusform>
        </translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>épinglée</translation>
    </message>
    <message numerus="yes">
        <source>seen %n time(s)</source>
        <translation>
            <numerusform>constaté %n fois</numerusform>
            <numerusform>constaté %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>No other records are linked to the selection.</source>
        <translation>Aucune autre fiche n&apos;est liée à la sélection.</translation>
    </message>
    <message>
        <source>Expanding…</source>
        <translation>Extension…</translation>
    </message>
    <message>
        <source>Finding links…</source>
        <translation>Recherche des liens…</translation>
    </message>
    <message>
        <source>Link saved.</source>
        <translation>Lien enregistré.</translation>
    </message>
    <message>
        <source>Add from search</source>
        <translation>Ajouter par recherche</translation>
    </message>
    <message>
        <source>Search for (name, alias, plate, phone, codename…):</source>
        <translation>Rechercher (nom, surnom, immatriculation, téléphone, nom de code…) :</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Aucun résultat pour « %1 ».</translation>
    </message>
    <message>
        <source>no dates on the chart</source>
        <translation>aucune date sur le graphe</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphe</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Enregistrer le graphe</translation>
    </message>
    <message>
        <source>Name of the chart:</source>
        <translation>Nom du graphe :</translation>
    </message>
    <message>
        <source>Opening the saved chart…</source>
        <translation>Ouverture du graphe enregistré…</translation>
    </message>
    <message>
        <source>Save picture</source>
        <translation>Enregistrer l&apos;image</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Picture saved.</source>
        <translation>Image enregistrée.</translation>
    </message>
    <message>
        <source>The picture could not be written there.</source>
        <translation>L&apos;image n&apos;a pas pu être écrite à cet endroit.</translation>
    </message>
    <message>
        <source>Link chart exported from cross_desk</source>
        <translation>Graphe relationnel exporté de cross_desk</translation>
    </message>
    <message>
        <source>Save drawing</source>
        <translation>Enregistrer le dessin</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>Drawing saved.</source>
        <translation>Dessin enregistré.</translation>
    </message>
</context>
<context>
    <name>DeletedView</name>
    <message numerus="yes">
        <source>%Ln deleted record(s)</source>
        <translation>
            <numerusform>%Ln fiche supprimée</numerusform>
            <numerusform>%Ln fiches supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) restored</source>
        <translation>
            <numerusform>%Ln fiche restaurée</numerusform>
            <numerusform>%Ln fiches restaurées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainMessages</name>
    <message>
        <source>A location needs a name, an address or a city.</source>
        <translation>Un lieu doit avoir un nom, une adresse ou une ville.</translation>
    </message>
    <message>
        <source>Cash seized cannot be negative.</source>
        <translation>Le numéraire saisi ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A closed case needs its closing date.</source>
        <translation>Une procédure clôturée doit avoir sa date de clôture.</translation>
    </message>
    <message>
        <source>A day needs a month.</source>
        <translation>Un jour doit être accompagné du mois.</translation>
    </message>
    <message>
        <source>Only a deal point has a deal-point status.</source>
        <translation>Seul un point de deal a un statut de point de deal.</translation>
    </message>
    <message>
        <source>A status date needs a status.</source>
        <translation>Une date de statut suppose un statut.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Indiquez la latitude et la longitude, ou aucune des deux.</translation>
    </message>
    <message>
        <source>Latitude must be between -90 and 90.</source>
        <translation>La latitude doit être comprise entre -90 et 90.</translation>
    </message>
    <message>
        <source>Longitude must be between -180 and 180.</source>
        <translation>La longitude doit être comprise entre -180 et 180.</translation>
    </message>
    <message>
        <source>A phone needs a number or an IMEI.</source>
        <translation>Un téléphone doit avoir un numéro ou un IMEI.</translation>
    </message>
    <message>
        <source>A phone number is required.</source>
        <translation>Le numéro de téléphone est obligatoire.</translation>
    </message>
    <message>
        <source>A registration plate is required.</source>
        <translation>L&apos;immatriculation est obligatoire.</translation>
    </message>
    <message>
        <source>A vehicle needs a plate or a VIN.</source>
        <translation>Un véhicule doit avoir une immatriculation ou un numéro VIN.</translation>
    </message>
    <message>
        <source>A tip needs its text.</source>
        <translation>Un renseignement doit avoir un texte.</translation>
    </message>
    <message>
        <source>A tip from a source needs a sanitised wording that others may read.</source>
        <translation>Un renseignement de source humaine doit avoir une rédaction expurgée lisible par tous.</translation>
    </message>
    <message>
        <source>A tip from an informant needs its source.</source>
        <translation>Un renseignement de source humaine doit indiquer sa source.</translation>
    </message>
    <message>
        <source>The tip&apos;s source is not a recorded source.</source>
        <translation>La source du renseignement n&apos;est pas une source enregistrée.</translation>
    </message>
    <message>
        <source>A seized quantity must be more than zero.</source>
        <translation>Une quantité saisie doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>A seizure needs at least one thing seized.</source>
        <translation>Une saisie doit porter sur au moins un objet.</translation>
    </message>
    <message>
        <source>A person needs a surname, a given name or an alias.</source>
        <translation>Une personne doit avoir un nom, un prénom ou un surnom.</translation>
    </message>
    <message>
        <source>The number of vehicles cannot be negative.</source>
        <translation>Le nombre de véhicules ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The number of weapons cannot be negative.</source>
        <translation>Le nombre d&apos;armes ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A record cannot be linked to itself.</source>
        <translation>Une fiche ne peut pas être liée à elle-même.</translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it; reopen it to see their changes.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette fiche depuis son ouverture ; rouvrez-la pour voir ses modifications.</translation>
    </message>
    <message>
        <source>This case was changed by someone else since you opened it; reopen it.</source>
        <translation>Cette procédure a été modifiée par quelqu&apos;un d&apos;autre depuis son ouverture ; rouvrez-la.</translation>
    </message>
    <message>
        <source>No such case.</source>
        <translation>Procédure introuvable.</translation>
    </message>
    <message>
        <source>No such record (it may have been deleted).</source>
        <translation>Fiche introuvable (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <source>No such record.</source>
        <translation>Fiche introuvable.</translation>
    </message>
    <message>
        <source>No deleted record with this id.</source>
        <translation>Aucune fiche supprimée avec cet identifiant.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Cette fiche n&apos;existe plus.</translation>
    </message>
    <message>
        <source>One end of the link no longer exists.</source>
        <translation>Une extrémité du lien n&apos;existe plus.</translation>
    </message>
    <message>
        <source>That codename is already taken.</source>
        <translation>Ce nom de code est déjà pris.</translation>
    </message>
    <message>
        <source>That case reference is already taken.</source>
        <translation>Cette référence de procédure est déjà prise.</translation>
    </message>
    <message>
        <source>A record this change refers to no longer exists.</source>
        <translation>Une fiche concernée par cette modification n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This change clashes with records already stored; nothing was saved.</source>
        <translation>Cette modification est en conflit avec des fiches existantes ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>A case reference is required.</source>
        <translation>La référence de la procédure est obligatoire.</translation>
    </message>
    <message>
        <source>A case title is required.</source>
        <translation>L&apos;intitulé de la procédure est obligatoire.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>A codename is required.</source>
        <translation>Le nom de code est obligatoire.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a country code (FR, ES, BE…).</source>
        <extracomment>(pattern, English template) — the template is what the catalogue translates</extracomment>
        <translation>« {0} » n&apos;est pas un code pays (FR, ES, BE…).</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a date: write 1994, 03/1994 or 12/03/1994.</source>
        <translation>« {0} » n&apos;est pas une date : écrivez 1994, 03/1994 ou 12/03/1994.</translation>
    </message>
    <message>
        <source>Month {0} does not exist.</source>
        <translation>Le mois {0} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Year {0} is out of range.</source>
        <translation>L&apos;année {0} est hors limites.</translation>
    </message>
    <message>
        <source>{0} does not exist.</source>
        <translation>Le {0} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a valid IMEI: its check digit is wrong.</source>
        <translation>« {0} » n&apos;est pas un IMEI valide : sa clé de contrôle est fausse.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not an IMEI: it must have 15 digits.</source>
        <translation>« {0} » n&apos;est pas un IMEI : il doit compter 15 chiffres.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has the wrong number of digits for a phone number.</source>
        <translation>« {0} » n&apos;a pas le bon nombre de chiffres pour un numéro de téléphone.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a phone number.</source>
        <translation>« {0} » n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a registration plate.</source>
        <translation>« {0} » n&apos;est pas une immatriculation.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a French SIV plate: SIV uses no I, O or U and no 000.</source>
        <translation>« {0} » n&apos;est pas une immatriculation SIV : le SIV n&apos;utilise ni I, ni O, ni U, ni 000.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a French plate (SIV AB-123-CD or FNI 1234 AB 75); for a foreign plate choose its country.</source>
        <translation>« {0} » n&apos;est pas une immatriculation française (SIV AB-123-CD ou FNI 1234 AB 75) ; pour une plaque étrangère, choisissez son pays.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a VIN: 17 letters and digits, without I, O or Q.</source>
        <translation>« {0} » n&apos;est pas un numéro VIN : 17 lettres et chiffres, sans I, O ni Q.</translation>
    </message>
    <message>
        <source>A grade is required: choose both parts.</source>
        <translation>La cotation est obligatoire : choisissez ses deux parties.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a grade of the scheme in use.</source>
        <translation>« {0} » n&apos;est pas une cotation du barème en vigueur.</translation>
    </message>
    <message>
        <source>Plate {0} is already recorded: open it?</source>
        <translation>La plaque {0} est déjà enregistrée : l&apos;ouvrir ?</translation>
    </message>
    <message>
        <source>VIN {0} is already recorded: open it?</source>
        <translation>Le VIN {0} est déjà enregistré : l&apos;ouvrir ?</translation>
    </message>
    <message>
        <source>Phone number {0} is already recorded: open it?</source>
        <translation>Le numéro {0} est déjà enregistré : l&apos;ouvrir ?</translation>
    </message>
    <message>
        <source>IMEI {0} is already recorded: open it?</source>
        <translation>L&apos;IMEI {0} est déjà enregistré : l&apos;ouvrir ?</translation>
    </message>
    <message>
        <source>Codename {0} is already recorded: open it?</source>
        <translation>Le nom de code {0} est déjà enregistré : l&apos;ouvrir ?</translation>
    </message>
    <message>
        <source>Plate {0} is given to two records being saved together.</source>
        <translation>La plaque {0} est donnée à deux fiches enregistrées ensemble.</translation>
    </message>
    <message>
        <source>VIN {0} is given to two records being saved together.</source>
        <translation>Le VIN {0} est donné à deux fiches enregistrées ensemble.</translation>
    </message>
    <message>
        <source>Phone number {0} is given to two records being saved together.</source>
        <translation>Le numéro {0} est donné à deux fiches enregistrées ensemble.</translation>
    </message>
    <message>
        <source>IMEI {0} is given to two records being saved together.</source>
        <translation>L&apos;IMEI {0} est donné à deux fiches enregistrées ensemble.</translation>
    </message>
    <message>
        <source>Codename {0} is given to two records being saved together.</source>
        <translation>Le nom de code {0} est donné à deux fiches enregistrées ensemble.</translation>
    </message>
    <message>
        <source>The date ({1}) is before the start ({2}).</source>
        <translation>La date ({1}) précède le début ({2}).</translation>
    </message>
    <message>
        <source>This field holds {0} characters; the limit is {1}.</source>
        <translation>Ce champ contient {0} caractères ; la limite est de {1}.</translation>
    </message>
    <message>
        <source>A case with reference &apos;{0}&apos; already exists.</source>
        <translation>Une procédure de référence « {0} » existe déjà.</translation>
    </message>
    <message>
        <source>No case with reference &apos;{0}&apos;.</source>
        <translation>Aucune procédure de référence « {0} ».</translation>
    </message>
    <message>
        <source>Your role ({0}) does not allow this ({1}).</source>
        <translation>Votre rôle ({0}) ne le permet pas ({1}).</translation>
    </message>
    <message>
        <source>{0} of the records to add no longer exist.</source>
        <translation>{0} des fiches à ajouter n&apos;existent plus.</translation>
    </message>
    <message>
        <source>The database could not be used: {0}</source>
        <translation>La base de données est inutilisable : {0}</translation>
    </message>
    <message>
        <source>plate</source>
        <translation>numéro d&apos;immatriculation</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>codename</source>
        <translation>nom de code</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>This is not a number.</source>
        <extracomment>the date an optional date editor shows as &quot;—&quot; (no date)</extracomment>
        <translation>Ce n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>— no case —</source>
        <translation>— aucune procédure —</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Retirer la ligne</translation>
    </message>
</context>
<context>
    <name>EntityPicker</name>
    <message>
        <source>{label} (new)</source>
        <translation>{label} (nouveau)</translation>
    </message>
    <message>
        <source>Spelling variant: not an exact match</source>
        <translation>Variante orthographique : pas une correspondance exacte</translation>
    </message>
    <message>
        <source>Create: {kind} “{label}”</source>
        <translation>Créer : {kind} « {label} »</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Double-click a new record to fill in more of it.</source>
        <translation>Double-cliquez sur une nouvelle fiche pour la compléter.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong. The application can go on; the details were written to {path}.</source>
        <translation>Une erreur inattendue s&apos;est produite. L&apos;application peut continuer ; les détails ont été écrits dans {path}.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>ExpandDialog</name>
    <message>
        <source>Expand by link kind</source>
        <translation>Étendre par type de lien</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Sauts</translation>
    </message>
    <message>
        <source>Follow these links:</source>
        <translation>Suivre ces liens :</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>CROSS-2026-0001</source>
        <translation>CROSS-2026-0001</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ouverte le</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <source>Lead investigator</source>
        <translation>Enquêteur chargé</translation>
    </message>
    <message>
        <source>Prosecutor&apos;s reference</source>
        <translation>N° de parquet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Accès restreint</translation>
    </message>
    <message>
        <source>Only the lead and the team see a restricted case; others are told whom to contact.</source>
        <translation>Seuls l&apos;enquêteur chargé et l&apos;équipe voient une procédure restreinte ; les autres apprennent qui contacter.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>User names, one per line.</source>
        <translation>Identifiants, un par ligne.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“{title}” has changes that are not saved.</source>
        <translation>« {title} » comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Les enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Supprimer la fiche</translation>
    </message>
    <message>
        <source>Delete “{title}”?

It leaves lists, searches and charts; a supervisor can restore it from the deleted records.</source>
        <translation>Supprimer « {title} » ?

Elle disparaît des listes, des recherches et des graphes ; un superviseur peut la restaurer depuis les fiches supprimées.</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>a hidden field leaves the record&apos;s value as it is</extracomment>
        <translation>Service</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Surname</source>
        <extracomment>field name → label (context &quot;Forms&quot;: the same words as the forms)</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>A surname, a given name or an alias is needed.</source>
        <translation>Il faut un nom, un prénom ou un surnom.</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Surnoms</translation>
    </message>
    <message>
        <source>One alias per line.</source>
        <translation>Un surnom par ligne.</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>1994, 03/1994 or 12/03/1994</source>
        <translation>1994, 03/1994 ou 12/03/1994</translation>
    </message>
    <message>
        <source>The year alone, the month and year, or the full date.</source>
        <translation>L&apos;année seule, le mois et l&apos;année, ou la date complète.</translation>
    </message>
    <message>
        <source>Birthplace</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Immatriculation</translation>
    </message>
    <message>
        <source>AB-123-CD</source>
        <translation>AB-123-CD</translation>
    </message>
    <message>
        <source>A plate or a VIN is needed; type it any way.</source>
        <translation>Il faut une immatriculation ou un VIN ; saisissez-la comme vous voulez.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>06 39 98 00 01</source>
        <translation>06 39 98 00 01</translation>
    </message>
    <message>
        <source>A number or an IMEI is needed; type it in any format.</source>
        <translation>Il faut un numéro ou un IMEI ; saisissez-le dans n&apos;importe quel format.</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>Line type</source>
        <translation>Type de ligne</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Type de lieu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>A name, an address or a city is needed.</source>
        <translation>Il faut un nom, une adresse ou une ville.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Deal point status</source>
        <translation>Statut du point de deal</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Statut depuis le</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Type d&apos;organisation</translation>
    </message>
    <message>
        <source>Codename</source>
        <translation>Nom de code</translation>
    </message>
    <message>
        <source>Only the codename is shown outside the handlers.</source>
        <translation>Seul le nom de code est visible hors des traitants.</translation>
    </message>
    <message>
        <source>Handlers</source>
        <translation>Traitants</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Modifier « {field} »</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>Graphe relationnel</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Rien n&apos;a été enregistré : corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved: {label}</source>
        <translation>Enregistré : {label}</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>Rien n&apos;a été enregistré : {reason}</translation>
    </message>
    <message>
        <source>Nothing was saved: an unexpected error occurred (details in the log).</source>
        <translation>Rien n&apos;a été enregistré : une erreur inattendue s&apos;est produite (détails dans le journal).</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>Déjà enregistré</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>L&apos;ouvrir</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <source>Deleted: {label}</source>
        <translation>Supprimé : {label}</translation>
    </message>
    <message>
        <source>This record was changed elsewhere. Saving now will be refused; close it without saving and open it again to see the changes.</source>
        <translation>Cette fiche a été modifiée ailleurs. Un enregistrement serait refusé ; fermez-la sans enregistrer et rouvrez-la pour voir les modifications.</translation>
    </message>
    <message>
        <source>This record is no longer available: {reason}</source>
        <translation>Cette fiche n&apos;est plus disponible : {reason}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Keep these details; the record is saved with the rest.</source>
        <translation>Garder ces précisions ; la fiche est enregistrée avec le reste.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Source (codename)</source>
        <translation>Source (nom de code)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>One line that lists and charts show.</source>
        <translation>Une ligne, reprise dans les listes et les graphes.</translation>
    </message>
    <message>
        <source>Sanitised text</source>
        <translation>Texte expurgé</translation>
    </message>
    <message>
        <source>What others may read, print and export.</source>
        <translation>Ce que les autres peuvent lire, imprimer et exporter.</translation>
    </message>
    <message>
        <source>Original wording</source>
        <translation>Rédaction d&apos;origine</translation>
    </message>
    <message>
        <source>May identify the source: for the handlers only, never listed, printed or exported.</source>
        <translation>Peut identifier la source : réservée aux traitants, jamais listée, imprimée ni exportée.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Cotation</translation>
    </message>
    <message>
        <source>Both parts are required; they are independent.</source>
        <translation>Les deux parties sont obligatoires ; elles sont indépendantes.</translation>
    </message>
    <message>
        <source>Handling code</source>
        <translation>Code de diffusion</translation>
    </message>
    <message>
        <source>Mentioned records</source>
        <translation>Fiches citées</translation>
    </message>
    <message>
        <source>Type a name, an alias, a plate, a phone number, an IMEI…</source>
        <translation>Saisissez un nom, un surnom, une immatriculation, un numéro, un IMEI…</translation>
    </message>
    <message>
        <source>Pick a record found, or create it: it is saved with the tip.</source>
        <translation>Choisissez une fiche trouvée, ou créez-la : elle est enregistrée avec le renseignement.</translation>
    </message>
    <message>
        <source>Seized on</source>
        <translation>Saisi le</translation>
    </message>
    <message>
        <source>Substances</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>One line per substance; the unit follows the substance.</source>
        <translation>Une ligne par produit ; l&apos;unité suit le produit.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Numéraire</translation>
    </message>
    <message>
        <source>Weapons</source>
        <translation>Armes</translation>
    </message>
    <message>
        <source>Vehicles seized</source>
        <translation>Véhicules saisis</translation>
    </message>
    <message>
        <source>Seized from</source>
        <translation>Saisi sur</translation>
    </message>
    <message>
        <source>Type a name or an alias…</source>
        <translation>Saisissez un nom ou un surnom…</translation>
    </message>
    <message>
        <source>Vehicles involved</source>
        <translation>Véhicules impliqués</translation>
    </message>
    <message>
        <source>Type a plate…</source>
        <translation>Saisissez une immatriculation…</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Type an address or a place name…</source>
        <translation>Saisissez une adresse ou un nom de lieu…</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Persons involved</source>
        <translation>Personnes impliquées</translation>
    </message>
</context>
<context>
    <name>Grading</name>
    <message>
        <source>source reliability</source>
        <extracomment>The grading schemes&apos; axis names and meanings (cross_desk.domain.grading), for the catalogue. Screens ask the scheme in force for its codes and meanings and only translate the wording; tests/gui/test_labels.py checks that every scheme&apos;s wording is here.</extracomment>
        <translation>fiabilité de la source</translation>
    </message>
    <message>
        <source>information credibility</source>
        <translation>crédibilité de l&apos;information</translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation>totalement fiable</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>habituellement fiable</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>assez fiable</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>pas toujours fiable</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>peu fiable</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>fiabilité impossible à évaluer</translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation>confirmée par d&apos;autres sources</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>probablement vraie</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>possiblement vraie</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>douteuse</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>improbable</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>impossible à évaluer</translation>
    </message>
    <message>
        <source>source evaluation</source>
        <translation>évaluation de la source</translation>
    </message>
    <message>
        <source>intelligence assessment</source>
        <translation>évaluation du renseignement</translation>
    </message>
    <message>
        <source>handling code</source>
        <translation>code de diffusion</translation>
    </message>
    <message>
        <source>always reliable</source>
        <translation>toujours fiable</translation>
    </message>
    <message>
        <source>mostly reliable</source>
        <translation>le plus souvent fiable</translation>
    </message>
    <message>
        <source>sometimes reliable</source>
        <translation>parfois fiable</translation>
    </message>
    <message>
        <source>untested source</source>
        <translation>source non éprouvée</translation>
    </message>
    <message>
        <source>known to be true without reservation</source>
        <translation>avéré sans réserve</translation>
    </message>
    <message>
        <source>known personally to the source but not to the officer</source>
        <translation>connu personnellement de la source mais pas de l&apos;enquêteur</translation>
    </message>
    <message>
        <source>not personally known to the source but corroborated</source>
        <translation>pas connu personnellement de la source mais corroboré</translation>
    </message>
    <message>
        <source>cannot be judged</source>
        <translation>impossible à évaluer</translation>
    </message>
    <message>
        <source>suspected to be false or malicious</source>
        <translation>suspecté faux ou malveillant</translation>
    </message>
    <message>
        <source>may be shared with law-enforcement and prosecuting agencies</source>
        <translation>peut être communiqué aux services répressifs et au parquet</translation>
    </message>
    <message>
        <source>may be shared with UK non-prosecuting agencies</source>
        <translation>peut être communiqué aux autres services britanniques</translation>
    </message>
    <message>
        <source>may be shared with non-UK law-enforcement agencies</source>
        <translation>peut être communiqué aux services répressifs étrangers</translation>
    </message>
    <message>
        <source>may be disseminated within the originating agency only</source>
        <translation>diffusion au seul service d&apos;origine</translation>
    </message>
    <message>
        <source>no further dissemination: refer to the originator</source>
        <translation>aucune diffusion : s&apos;adresser à l&apos;émetteur</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>fiable</translation>
    </message>
    <message>
        <source>untested</source>
        <translation>non éprouvée</translation>
    </message>
    <message>
        <source>not reliable</source>
        <translation>non fiable</translation>
    </message>
    <message>
        <source>known directly to the source</source>
        <translation>connu directement de la source</translation>
    </message>
    <message>
        <source>known indirectly to the source but corroborated</source>
        <translation>connu indirectement de la source mais corroboré</translation>
    </message>
    <message>
        <source>known indirectly to the source</source>
        <translation>connu indirectement de la source</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>suspected to be false</source>
        <translation>suspecté faux</translation>
    </message>
    <message>
        <source>lawful sharing permitted</source>
        <translation>partage légal autorisé</translation>
    </message>
    <message>
        <source>lawful sharing permitted with conditions</source>
        <translation>partage légal autorisé sous conditions</translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <source>Export picture</source>
        <translation>Exporter l&apos;image</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>The whole chart</source>
        <translation>Tout le graphe</translation>
    </message>
    <message>
        <source>What the window shows</source>
        <translation>Ce que montre la fenêtre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Cotation</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Procédures</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Reçus du</translation>
    </message>
    <message>
        <source>until</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>In no case yet</source>
        <translation>Dans aucune procédure</translation>
    </message>
    <message>
        <source>Filter the list: summary, source, wording, case…</source>
        <translation>Filtrer la liste : résumé, source, texte, procédure…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>New tip</source>
        <translation>Nouveau renseignement</translation>
    </message>
    <message>
        <source>Tips inbox</source>
        <translation>Renseignements reçus</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>(the newest {n} of {total}; narrow the filters to see older ones)</source>
        <translation>(les {n} plus récents sur {total} ; affinez les filtres pour voir les plus anciens)</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message numerus="yes">
        <source>%Ln tip(s)</source>
        <translation>
            <numerusform>%Ln renseignement</numerusform>
            <numerusform>%Ln renseignements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Unexpected error ({name}); the details were written to the log.</source>
        <translation>Erreur inattendue ({name}) ; les détails ont été écrits dans le journal.</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Person</source>
        <extracomment>English source text of each code&apos;s label, per enum type (the catalogue translates them)</extracomment>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Renseignement</translation>
    </message>
    <message>
        <source>Seizure</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Gendarmerie</source>
        <translation>Gendarmerie</translation>
    </message>
    <message>
        <source>Customs</source>
        <translation>Douane</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Autre service</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Mis en cause</translation>
    </message>
    <message>
        <source>Convicted</source>
        <translation>Condamné</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victime</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Contact or associate</source>
        <translation>Contact ou relation</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Fixe</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>Prépayé</translation>
    </message>
    <message>
        <source>Unknown line type</source>
        <translation>Type de ligne inconnu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Deal point</source>
        <translation>Point de deal</translation>
    </message>
    <message>
        <source>Stash</source>
        <translation>Nourrice (cache)</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>Lieu de rendez-vous</translation>
    </message>
    <message>
        <source>Border crossing</source>
        <translation>Passage frontalier</translation>
    </message>
    <message>
        <source>Other place</source>
        <translation>Autre lieu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disrupted</source>
        <translation>Perturbé</translation>
    </message>
    <message>
        <source>Dismantled</source>
        <translation>Démantelé</translation>
    </message>
    <message>
        <source>Trafficking network</source>
        <translation>Réseau de trafic</translation>
    </message>
    <message>
        <source>Gang</source>
        <translation>Bande</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Autre organisation</translation>
    </message>
    <message>
        <source>Active source</source>
        <translation>Source active</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>En sommeil</translation>
    </message>
    <message>
        <source>Closed source</source>
        <translation>Source fermée</translation>
    </message>
    <message>
        <source>Informant</source>
        <translation>Source humaine</translation>
    </message>
    <message>
        <source>Public report platform</source>
        <translation>Plateforme de signalement</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Interception</source>
        <translation>Interception</translation>
    </message>
    <message>
        <source>Open source</source>
        <translation>Source ouverte</translation>
    </message>
    <message>
        <source>Cannabis resin</source>
        <translation>Résine de cannabis</translation>
    </message>
    <message>
        <source>Herbal cannabis</source>
        <translation>Herbe de cannabis</translation>
    </message>
    <message>
        <source>Cocaine</source>
        <translation>Cocaïne</translation>
    </message>
    <message>
        <source>Crack</source>
        <translation>Crack</translation>
    </message>
    <message>
        <source>Heroin</source>
        <translation>Héroïne</translation>
    </message>
    <message>
        <source>MDMA / ecstasy</source>
        <translation>MDMA / ecstasy</translation>
    </message>
    <message>
        <source>Amphetamines</source>
        <translation>Amphétamines</translation>
    </message>
    <message>
        <source>Methamphetamine</source>
        <translation>Méthamphétamine</translation>
    </message>
    <message>
        <source>Ketamine</source>
        <translation>Kétamine</translation>
    </message>
    <message>
        <source>Cathinones</source>
        <translation>Cathinones</translation>
    </message>
    <message>
        <source>Diverted medicines</source>
        <translation>Médicaments détournés</translation>
    </message>
    <message>
        <source>Other substance</source>
        <translation>Autre substance</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unités</translation>
    </message>
    <message>
        <source>l</source>
        <translation>l</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Interpellation</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Perquisition</translation>
    </message>
    <message>
        <source>Fixed fine (AFD)</source>
        <translation>Amende forfaitaire délictuelle (AFD)</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audition</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Autre événement</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>associate of</source>
        <translation>relation de</translation>
    </message>
    <message>
        <source>family of</source>
        <translation>famille de</translation>
    </message>
    <message>
        <source>member of</source>
        <translation>membre de</translation>
    </message>
    <message>
        <source>manages</source>
        <translation>gère</translation>
    </message>
    <message>
        <source>supplies</source>
        <translation>approvisionne</translation>
    </message>
    <message>
        <source>owns</source>
        <translation>possède</translation>
    </message>
    <message>
        <source>uses</source>
        <translation>utilise</translation>
    </message>
    <message>
        <source>lives at</source>
        <translation>habite</translation>
    </message>
    <message>
        <source>frequents</source>
        <translation>fréquente</translation>
    </message>
    <message>
        <source>operates at</source>
        <translation>opère à</translation>
    </message>
    <message>
        <source>called</source>
        <translation>a appelé</translation>
    </message>
    <message>
        <source>seen with</source>
        <translation>vu avec</translation>
    </message>
    <message>
        <source>mentioned in</source>
        <translation>cité dans</translation>
    </message>
    <message>
        <source>seized from</source>
        <translation>saisi sur</translation>
    </message>
    <message>
        <source>seized at</source>
        <translation>saisi à</translation>
    </message>
    <message>
        <source>involved in</source>
        <translation>impliqué dans</translation>
    </message>
    <message>
        <source>occurred at</source>
        <translation>survenu à</translation>
    </message>
    <message>
        <source>handles</source>
        <translation>traite</translation>
    </message>
    <message>
        <source>other link</source>
        <translation>autre lien</translation>
    </message>
    <message>
        <source>Head of network</source>
        <translation>Tête de réseau</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gérant</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendeur (charbonneur)</translation>
    </message>
    <message>
        <source>Lookout</source>
        <translation>Guetteur</translation>
    </message>
    <message>
        <source>Tout</source>
        <translation>Rabatteur</translation>
    </message>
    <message>
        <source>Stash keeper</source>
        <translation>Nourrice</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Ravitailleur</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Chauffeur / convoyeur</translation>
    </message>
    <message>
        <source>Money launderer</source>
        <translation>Blanchisseur</translation>
    </message>
    <message>
        <source>Cook</source>
        <translation>Cuisinier</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Probable</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Douteux</translation>
    </message>
    <message>
        <source>People</source>
        <extracomment>Plural kind names for the navigator and headings</extracomment>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Véhicules</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Renseignements</translation>
    </message>
    <message>
        <source>Seizures</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>New person</source>
        <extracomment>&quot;New person&quot;, &quot;New vehicle&quot;… (menus and the inline &quot;create&quot; offers)</extracomment>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>New vehicle</source>
        <translation>Nouveau véhicule</translation>
    </message>
    <message>
        <source>New phone</source>
        <translation>Nouveau téléphone</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>Nouveau lieu</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>New tip</source>
        <translation>Nouveau renseignement</translation>
    </message>
    <message>
        <source>New seizure</source>
        <translation>Nouvelle saisie</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>New link</source>
        <translation>Nouveau lien</translation>
    </message>
    <message>
        <source>Swap direction</source>
        <translation>Inverser le sens</translation>
    </message>
    <message>
        <source>Seen between</source>
        <translation>Constaté entre</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Spelling variant: not an exact match</source>
        <translation>Variante orthographique : pas une correspondance exacte</translation>
    </message>
    <message>
        <source>Filter: name, alias, plate, number…</source>
        <translation>Filtrer : nom, surnom, immatriculation, numéro…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>Graphe relationnel</translation>
    </message>
    <message>
        <source>Add to case</source>
        <translation>Ajouter à une procédure</translation>
    </message>
    <message>
        <source>(no open case)</source>
        <translation>(aucune procédure ouverte)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>{n} record(s) added to the case.</source>
        <translation>{n} fiche(s) ajoutée(s) à la procédure.</translation>
    </message>
    <message>
        <source>Delete one record at a time.</source>
        <translation>Supprimez une fiche à la fois.</translation>
    </message>
    <message>
        <source>Deleted: {label}</source>
        <translation>Supprimé : {label}</translation>
    </message>
    <message>
        <source>Filter: reference, title, lead, prosecutor&apos;s reference…</source>
        <translation>Filtrer : référence, intitulé, enquêteur, n° de parquet…</translation>
    </message>
    <message>
        <source>Show closed cases</source>
        <translation>Afficher les procédures clôturées</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouvelle procédure</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Enquêteur chargé</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverte le</translation>
    </message>
    <message>
        <source>Prosecutor&apos;s reference</source>
        <translation>N° de parquet</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Procédures</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous types</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Fiches supprimées</translation>
    </message>
    <message>
        <source>Select the records to restore.</source>
        <translation>Sélectionnez les fiches à restaurer.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>cross_desk — locked</source>
        <translation>cross_desk — verrouillé</translation>
    </message>
    <message>
        <source>The session was locked after inactivity. Your work is kept.
Enter the password of %1 to go on.</source>
        <translation>La session a été verrouillée après une période d&apos;inactivité. Votre travail est conservé.
Saisissez le mot de passe de %1 pour continuer.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Mot de passe incorrect.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo: {what}</source>
        <translation>Annuler : {what}</translation>
    </message>
    <message>
        <source>Redo: {what}</source>
        <translation>Rétablir : {what}</translation>
    </message>
    <message>
        <source>New &amp;tip</source>
        <translation>Nouveau &amp;renseignement</translation>
    </message>
    <message>
        <source>New &amp;seizure</source>
        <translation>Nouvelle &amp;saisie</translation>
    </message>
    <message>
        <source>New &amp;event</source>
        <translation>Nouvel &amp;événement</translation>
    </message>
    <message>
        <source>New &amp;case</source>
        <translation>Nouvelle &amp;procédure</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Fermer l&apos;onglet</translation>
    </message>
    <message>
        <source>&amp;Print dossier…</source>
        <translation>&amp;Imprimer le dossier…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find anything…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Tips &amp;inbox</source>
        <translation>Renseignements &amp;reçus</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Procédures</translation>
    </message>
    <message>
        <source>&amp;Deleted records</source>
        <translation>Fiches &amp;supprimées</translation>
    </message>
    <message>
        <source>&amp;Link chart</source>
        <translation>&amp;Graphe relationnel</translation>
    </message>
    <message>
        <source>&amp;Analyse the network…</source>
        <translation>&amp;Analyser le réseau…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Activity report…</source>
        <translation>Rapport d&apos;&amp;activité…</translation>
    </message>
    <message>
        <source>&amp;About cross_desk</source>
        <translation>À &amp;propos de cross_desk</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>&amp;Journal d’audit</translation>
    </message>
    <message>
        <source>Records due for re&amp;view</source>
        <translation>Fiches à ré&amp;examiner</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Para&amp;mètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>cross_desk — {database}</source>
        <translation>cross_desk — {database}</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>Base : {database}</translation>
    </message>
    <message>
        <source>Signed in: {user} ({role})</source>
        <translation>Connecté : {user} ({role})</translation>
    </message>
    <message>
        <source>Select a record to see its details and links.</source>
        <translation>Sélectionnez une fiche pour voir ses détails et ses liens.</translation>
    </message>
    <message>
        <source>investigator</source>
        <translation>enquêteur</translation>
    </message>
    <message>
        <source>source handler</source>
        <translation>traitant de sources</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>analyste</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Procédures</translation>
    </message>
    <message>
        <source>Tips inbox</source>
        <translation>Renseignements reçus</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Fiches supprimées</translation>
    </message>
    <message>
        <source>All tips</source>
        <translation>Tous les renseignements</translation>
    </message>
    <message>
        <source>The link chart is not available in this version.</source>
        <translation>Le graphe relationnel n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>{n} record(s)</source>
        <translation>{n} fiche(s)</translation>
    </message>
    <message>
        <source>case</source>
        <translation>procédure</translation>
    </message>
    <message>
        <source>Select records or open a case to chart.</source>
        <translation>Sélectionnez des fiches ou ouvrez une procédure pour la représenter.</translation>
    </message>
    <message>
        <source>Open a case first: the dossier is printed from a case.</source>
        <translation>Ouvrez d&apos;abord une procédure : le dossier s&apos;imprime depuis une procédure.</translation>
    </message>
    <message>
        <source>Print dossier</source>
        <translation>Imprimer le dossier</translation>
    </message>
    <message>
        <source>Printing the dossier…</source>
        <translation>Impression du dossier…</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Rapport d&apos;activité</translation>
    </message>
    <message>
        <source>Writing the activity report…</source>
        <translation>Rédaction du rapport d&apos;activité…</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Écrit : {path}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>About cross_desk</source>
        <translation>À propos de cross_desk</translation>
    </message>
    <message>
        <source>cross_desk — case management and link analysis for a narcotics intelligence unit.</source>
        <translation>cross_desk — gestion des procédures et analyse relationnelle pour une cellule de renseignement sur les stupéfiants.</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message numerus="yes">
        <source>%Ln record(s) found</source>
        <translation>
            <numerusform>%Ln fiche trouvée</numerusform>
            <numerusform>%Ln fiches trouvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln fiche</numerusform>
            <numerusform>%Ln fiches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Open the form</source>
        <translation>Ouvrir la fiche</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>Graphe relationnel</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Procédures</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Due for review</source>
        <translation>À réexaminer</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de réexamen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Keep until…</source>
        <translation>Conserver jusqu&apos;au…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) due for review</source>
        <translation>
            <numerusform>%n fiche à réexaminer</numerusform>
            <numerusform>%n fiches à réexaminer</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why (this is logged)?</source>
        <translation>Pourquoi (ce sera journalisé) ?</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Erase “%1” for good, with its links? This cannot be undone.</source>
        <translation>Effacer définitivement « %1 » avec ses liens ? C&apos;est irréversible.</translation>
    </message>
</context>
<context>
    <name>SavedChartsDialog</name>
    <message>
        <source>Saved charts</source>
        <translation>Graphes enregistrés</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{name} — saved {when} by {who}</source>
        <translation>{name} — enregistré le {when} par {who}</translation>
    </message>
    <message>
        <source>No chart is saved with this case yet.</source>
        <translation>Aucun graphe n&apos;est encore enregistré avec cette procédure.</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Name, alias, plate, phone, IMEI, codename, case…</source>
        <translation>Nom, surnom, immatriculation, téléphone, IMEI, nom de code, procédure…</translation>
    </message>
    <message>
        <source>↑↓ move · Enter opens · Esc closes · ≈ spelling variant</source>
        <translation>↑↓ se déplacer · Entrée ouvre · Échap ferme · ≈ variante orthographique</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Procédures</translation>
    </message>
    <message>
        <source>Spelling variant: not an exact match</source>
        <translation>Variante orthographique : pas une correspondance exacte</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <source>first {n}</source>
        <translation>les {n} premiers</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>cross_desk — sign in</source>
        <translation>cross_desk — connexion</translation>
    </message>
    <message>
        <source>Create the administrator account</source>
        <translation>Créer le compte administrateur</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>This database has no accounts yet. The first account administers the others.</source>
        <translation>Cette base n&apos;a encore aucun compte. Le premier compte administre les autres.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Mot de passe (confirmation)</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Créer et se connecter</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Saisissez votre identifiant et votre mot de passe.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>This account is disabled: ask an administrator.</source>
        <translation>Ce compte est désactivé : adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed attempts, until %1.</source>
        <translation>Ce compte est verrouillé après trop de tentatives infructueuses, jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>Cannot reach the server %1: check the network, or ask your administrator whether the database server is running.</source>
        <translation>Impossible de joindre le serveur %1 : vérifiez le réseau, ou demandez à votre administrateur si le serveur de base de données fonctionne.</translation>
    </message>
    <message>
        <source>The database %1 is not at the current schema: ask your administrator to run `cross-desk init`.</source>
        <translation>La base de données %1 n&apos;est pas au schéma actuel : demandez à votre administrateur de lancer `cross-desk init`.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>This database is encrypted. Passphrase:</source>
        <translation>Cette base est chiffrée. Phrase secrète :</translation>
    </message>
    <message>
        <source>Wrong passphrase; try again.</source>
        <translation>Phrase secrète incorrecte ; réessayez.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>No dated tips, seizures, events or calls among the records shown.</source>
        <translation>Aucun renseignement, saisie, événement ou appel daté parmi les fiches affichées.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
</context>
</TS>
