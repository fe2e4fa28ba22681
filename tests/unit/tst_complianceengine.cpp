#include "compliance/ComplianceEngine.h"
#include "compliance/RuleBook.h"

#include <QFuture>
#include <QTest>
#include <QtConcurrent>

using namespace clearpost;

// The engine on small texts, one behaviour per test. The figures on whole
// corpora are in the scorer (tests/compliance, tools/scorer).
class TestComplianceEngine : public QObject
{
    Q_OBJECT

private:
    std::optional<ComplianceEngine> m_engine;

    struct Input
    {
        Input(QString t,
              PostKind k = PostKind::Post,
              Jurisdiction j = Jurisdiction::US,
              QString lang = QStringLiteral("en"))
            : text(std::move(t))
            , kind(k)
            , jurisdiction(j)
            , language(std::move(lang))
        { }
        QString text;
        PostKind kind = PostKind::Post;
        Jurisdiction jurisdiction = Jurisdiction::US;
        QString language = QStringLiteral("en");
        QList<Platform> platforms;
        QList<DraftMedia> media;
        QList<Consent> consents;
        Practice practice;
    };

    Findings run(Input in) const
    {
        ComplianceDraft d;
        d.text = in.text;
        d.kind = in.kind;
        d.platforms = in.platforms;
        d.media = in.media;
        d.consents = in.consents;
        d.publishDay = QDate(2026, 11, 22);
        ComplianceContext c;
        c.practice = in.practice;
        c.practice.jurisdiction = in.jurisdiction;
        c.practice.specialty = in.practice.name.isEmpty() ? Specialty::Other : in.practice.specialty;
        c.language = in.language;
        return m_engine->check(d, c);
    }

    static const Finding* find(const Findings& f, const QString& category, const QString& text, const QString& quote)
    {
        for (const Finding& x : f) {
            if (x.category == category && (quote.isEmpty() || text.mid(x.start, x.end - x.start).contains(quote))) {
                return &x;
            }
        }
        return nullptr;
    }

    static QStringList categories(const Findings& f, bool includeInfo = false)
    {
        QStringList out;
        for (const Finding& x : f) {
            if (includeInfo || x.severity != Severity::Info) {
                out.append(x.category);
            }
        }
        out.removeDuplicates();
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Result<ComplianceEngine> e = ComplianceEngine::create();
        QVERIFY2(e.ok(), qPrintable(e.message()));
        m_engine.emplace(*e);
    }

    void reviewReplyConfirmingCareIsABlocker()
    {
        const QString text = QStringLiteral("Thanks Maria, so glad your crown feels better after Tuesday's visit!");
        const Findings f = run({text, PostKind::ReviewReply});
        const Finding* name = find(f, category::PhiPerson, text, QStringLiteral("Maria"));
        QVERIFY(name);
        QCOMPARE(name->severity, Severity::Blocker);
        QVERIFY(name->source.contains(QStringLiteral("identifier A")));
        const Finding* rel = find(f, category::PatientRelationship, text, QStringLiteral("your crown"));
        QVERIFY(rel);
        QCOMPARE(rel->severity, Severity::Blocker);
        QVERIFY(!rel->explanation.isEmpty());
    }

    void safeReviewReplyPasses()
    {
        const Findings f =
            run({QStringLiteral("Thank you for the kind words! We're always happy to hear from our community."),
                 PostKind::ReviewReply});
        QVERIFY2(categories(f).isEmpty(), qPrintable(categories(f).join(QLatin1Char(','))));
    }

    void visitingUsForYourCleaningConfirmsCare()
    {
        const QString text = QStringLiteral("Thanks for visiting us for your cleaning, we loved seeing you!");
        QVERIFY(
            find(run({text, PostKind::ReviewReply}), category::PatientRelationship, text, QStringLiteral("cleaning")));
    }

    void patientStoryNeedsConsent()
    {
        const QString text =
            QStringLiteral("Huge congratulations to our patient Mr. Gomez, who finally got his implant!");
        Input in{text};
        in.platforms = {Platform::Facebook};
        const Findings f = run(in);
        QVERIFY(find(f, category::PhiPerson, text, QStringLiteral("Gomez")));
        const Finding* consent = find(f, category::ConsentMissing, text, QStringLiteral("implant"));
        QVERIFY(consent);
        QCOMPARE(consent->fix.kind, FindingFix::Kind::Action);
        QCOMPARE(consent->fix.action, QStringLiteral("link-consent"));

        // Linking a signed, current consent for Facebook clears the patient findings.
        Consent c;
        c.id = 7;
        c.subjectName = QStringLiteral("Mr. Gomez");
        c.scopes = ConsentScope::Testimonial | ConsentScope::Photo;
        c.platforms = {Platform::Facebook, Platform::Instagram};
        c.signedOn = QDate(2026, 10, 20);
        c.expiresOn = QDate(2027, 10, 20);
        in.consents = {c};
        const Findings covered = run(in);
        QVERIFY(!find(covered, category::ConsentMissing, text, {}));
        QVERIFY(!find(covered, category::PhiPerson, text, QStringLiteral("Gomez")));

        // …but not for a network the consent does not name, and not once it expired.
        in.platforms = {Platform::X};
        QVERIFY(find(run(in), category::ConsentMissing, text, {}));
        in.platforms = {Platform::Facebook};
        in.consents[0].expiresOn = QDate(2026, 11, 1);
        QVERIFY(find(run(in), category::ConsentMissing, text, {}));
    }

    void staffAndThePracticeAreNeverPatients()
    {
        Practice p;
        p.name = QStringLiteral("Lakeshore Family Dental");
        p.phone = QStringLiteral("(312) 555-0148");
        p.email = QStringLiteral("hello@lakeshorefamilydental.com");
        p.website = QStringLiteral("https://lakeshorefamilydental.com");
        p.staff = {{QStringLiteral("Jenna Kowalski"), QStringLiteral("Hygienist"), false}};
        Input in{QStringLiteral("Meet Jenna, one of our hygienists! Questions? Text (312) 555-0148 or write to "
                                "hello@lakeshorefamilydental.com, lakeshorefamilydental.com/team")};
        in.practice = p;
        const Findings f = run(in);
        QVERIFY2(categories(f).isEmpty(), qPrintable(categories(f).join(QLatin1Char(','))));
    }

    void thePracticesOwnAddressIsNeverFlagged()
    {
        Practice p;
        p.name = QStringLiteral("Capitol Hearing");
        p.address = QStringLiteral("12 Main Street\nMadison, WI 53703");
        // The practice's town is no person, its street no patient's address…
        const QString town = QStringLiteral("2024 in numbers: 312 hearing aids fitted. Thank you, Madison, for "
                                            "trusting us with your ears!");
        Input in{town};
        in.practice = p;
        QVERIFY(!find(run(in), category::PhiPerson, town, QStringLiteral("Madison")));
        const QString reply = QStringLiteral("Hi Rosa, the garage behind 12 Main Street is free for our visitors.");
        Input r{reply, PostKind::ReviewReply};
        r.practice = p;
        const Findings fr = run(r);
        QVERIFY(!find(fr, category::PhiAddress, reply, {}));
        QVERIFY(find(fr, category::PhiPerson, reply, QStringLiteral("Rosa")));
        // A two-letter state line of the practice's address hides no "in" or "or" of the text.
        Practice indy;
        indy.name = QStringLiteral("Circle Dental");
        indy.address = QStringLiteral("1 Monument Cir, Indianapolis, IN, 46204");
        const QString lives = QStringLiteral("Hi Rosa, glad your crown feels good, say hi to everyone in Zionsville!");
        Input z{lives, PostKind::ReviewReply};
        z.practice = indy;
        QVERIFY(find(run(z), category::PhiAddress, lives, QStringLiteral("Zionsville")));
        // …while another address in the same reply still is someone's.
        const QString other = QStringLiteral("Hi Rosa, we mailed the forms to 48 Elm Street, Madison.");
        Input o{other, PostKind::ReviewReply};
        o.practice = p;
        QVERIFY(find(run(o), category::PhiAddress, other, QStringLiteral("48 Elm Street")));
    }

    void everydayPostsStayClean_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("jurisdiction");
        QTest::addColumn<QString>("language");
        const int post = int(PostKind::Post);
        const int reply = int(PostKind::ReviewReply);
        const int de = int(Jurisdiction::DE);
        QTest::newRow("German greeting") << QStringLiteral("Herzlichen Dank für die 5 Sterne! Beste Grüße aus der "
                                                           "Praxis am Schlossberg")
                                         << reply << de << QStringLiteral("de");
        QTest::newRow("best of something else")
            << QStringLiteral("Neu im Team: Rosa! In ihrer Freizeit backt sie die besten Zimtschnecken der Stadt.")
            << post << de << QStringLiteral("de");
        QTest::newRow("job advert, German")
            << QStringLiteral("Wir suchen Verstärkung! ZFA (m/w/d) in Teilzeit für unsere Praxis in Münster. "
                              "Bewerbung an jobs@praxis-muenster.de oder ruf Frau Winter an: 0251 555 2740.")
            << post << de << QStringLiteral("de");
        QTest::newRow("job advert, Spanish")
            << QStringLiteral("¡Estamos contratando! Asistente dental de tiempo completo. Envía tu currículum a "
                              "empleos@clinicaelfaro.com o llama a Victoria al (714) 555-0152.")
            << post << int(Jurisdiction::US) << QStringLiteral("es");
        QTest::newRow("staff there for the reader")
            << QStringLiteral("Vielen Dank für Ihr Feedback. Zu Behandlungen können wir uns hier nicht äußern. Unsere "
                              "Praxismanagerin Frau Sommer ist aber gern für Sie da: 0761 555 4420.")
            << reply << de << QStringLiteral("de");
        QTest::newRow("a service's start date in a reply")
            << QStringLiteral("You're right that 8am is hectic. From 1 June we're launching a callback option, and you "
                              "can also book routine appointments online.")
            << reply << int(Jurisdiction::UK) << QStringLiteral("en");
        QTest::newRow("years in a row") << QStringLiteral("jaja si, Esperanza ganó el concurso 3 años seguidos 🏆")
                                        << int(PostKind::CommentReply) << int(Jurisdiction::US) << QStringLiteral("es");
        QTest::newRow("location pin") << QStringLiteral("we open at 7:30 on saturdays! walk-ins until 11, after that "
                                                        "it's appointments only. 📍 88 Harbor St")
                                      << int(PostKind::CommentReply) << int(Jurisdiction::US) << QStringLiteral("en");
        QTest::newRow("local businesses thanked")
            << QStringLiteral("THANK YOU to Rosie's Bakery on Main St and Will & Sons Hardware for sponsoring our "
                              "Back-to-School Smiles drive!")
            << post << int(Jurisdiction::US) << QStringLiteral("en");
        QTest::newRow("craftsmen thanked") << QStringLiteral("Danke an die Tischlerei Kowalczyk aus Erding für die "
                                                             "tolle Arbeit im neuen Wartezimmer!")
                                           << post << de << QStringLiteral("de");
        QTest::newRow("health fair at a parish")
            << QStringLiteral("¡Feria de salud gratuita! Sábado 18 de octubre.\nParroquia de Santa Rosa, 215 S. Pecos "
                              "St.\nPresión arterial y glucosa.")
            << post << int(Jurisdiction::US) << QStringLiteral("es");
        QTest::newRow("sorry about the waiting room")
            << QStringLiteral("Thank you for writing. We're sorry the wait felt long. We can't discuss individual "
                              "appointments online, but our practice manager is happy to talk it through.")
            << reply << int(Jurisdiction::US) << QStringLiteral("en");
        QTest::newRow("checking the reader's insurance")
            << QStringLiteral("¡Sí! Aceptamos Medicaid, CHIP y la mayoría de los seguros. Llame al (915) 555-0126 y "
                              "con gusto verificamos su plan.")
            << int(PostKind::CommentReply) << int(Jurisdiction::US) << QStringLiteral("es");
        QTest::newRow("staff introduction, Spanish")
            << QStringLiteral("¡Les presentamos a Dulce! Dulce es nuestra nueva asistente dental, tiene 26 años, es de "
                              "Hermosillo, Sonora y vive en Phoenix desde hace diez años.")
            << post << int(Jurisdiction::US) << QStringLiteral("es");
        QTest::newRow("staff introduction, English") << QStringLiteral(
            "Welcome to Dr. Faith Adeyemi, who joins Isar Medical Practice as a specialist in general "
            "medicine. Outside the practice she sings with a gospel choir in Haidhausen. Patients can "
            "book with her from 1 September.") << post
                                                     << de << QStringLiteral("en");
        QTest::newRow("ordering prescriptions")
            << QStringLiteral("Rezepte und Überweisungen können Sie rund um die "
                              "Uhr per App bestellen und nach zwei Werktagen abholen.")
            << post << de << QStringLiteral("de");
        QTest::newRow("a quotation's author")
            << QStringLiteral("\"The groundwork of all happiness is health.\" – Leigh Hunt\n\nHave a good week from "
                              "all of us at Harbour Physio.")
            << post << int(Jurisdiction::UK) << QStringLiteral("en");
        QTest::newRow("a quotation's author, German")
            << QStringLiteral("„Gesundheit ist nicht alles, aber ohne sie ist alles nichts.“ – Arthur Schopenhauer\n\n"
                              "Ihr Team der Praxis am Markt")
            << post << de << QStringLiteral("de");
        QTest::newRow("German yes") << QStringLiteral("Ja, wir machen auch Hausbesuche.") << int(PostKind::CommentReply)
                                    << de << QStringLiteral("de");
        QTest::newRow("a language") << QStringLiteral("Our front desk can send the treatment plan in English.")
                                    << int(PostKind::CommentReply) << int(Jurisdiction::US) << QStringLiteral("en");
        QTest::newRow("the German adverb weg") << QStringLiteral("Keine Sorge: Muskelkater ist meist nach 2 Tagen weg.")
                                               << post << de << QStringLiteral("de");
        QTest::newRow("signed by your team")
            << QStringLiteral("danke für die lieben worte!! liebe grüße, dein team vom zahnzentrum nord") << reply << de
            << QStringLiteral("de");
        QTest::newRow("the best day") << QStringLiteral("We had the best day at the beach clean-up!") << post
                                      << int(Jurisdiction::US) << QStringLiteral("en");
        QTest::newRow("thanks to the best team")
            << QStringLiteral("Was für ein Ausflug! Danke an das beste Team!") << post << de << QStringLiteral("de");
        QTest::newRow("best to ask your insurer")
            << QStringLiteral("Ob die Kasse das bezahlt, fragen Sie am besten bei Ihrer Krankenkasse nach.") << reply
            << de << QStringLiteral("de");
        QTest::newRow("a permanent crown")
            << QStringLiteral("A temporary crown protects the tooth until the permanent crown is ready.") << post
            << int(Jurisdiction::US) << QStringLiteral("en");
        QTest::newRow("people with no pain")
            << QStringLiteral("Scans often show changes that are normal in people with no pain at all.") << post
            << int(Jurisdiction::UK) << QStringLiteral("en");
        QTest::newRow("an age range") << QStringLiteral("Revisamos la vista de niños de 4 a 10 años, gratis.") << post
                                      << int(Jurisdiction::US) << QStringLiteral("es");
        QTest::newRow("from an age on") << QStringLiteral(
            "La vacuna se recomienda para personas de 65 años en adelante.")
                                        << int(PostKind::CommentReply) << int(Jurisdiction::US) << QStringLiteral("es");
        QTest::newRow("the practice's anniversary")
            << QStringLiteral("Danke für die Glückwünsche zu unserem 20-jährigen Jubiläum!") << reply << de
            << QStringLiteral("de");
        QTest::newRow("sponsors of a charity run")
            << QStringLiteral("We did it! The team swam 5 km for the hospice. Thank you to everyone who sponsored us!")
            << post << int(Jurisdiction::UK) << QStringLiteral("en");
        QTest::newRow("a bakery named after its owner")
            << QStringLiteral("Thanks to Molly's Bakery for the cupcakes at our open day! Molly, they were perfect.")
            << post << int(Jurisdiction::US) << QStringLiteral("en");
        QTest::newRow("a bakery named after its owner, Spanish")
            << QStringLiteral("¡Gracias a la Panadería Doña Carmen por el pan dulce de nuestra fiesta!") << post
            << int(Jurisdiction::US) << QStringLiteral("es");
        QTest::newRow("a staff member's line in a reply")
            << QStringLiteral("We're sorry to hear this. Our practice manager, Dana Whitfield, would like to hear from "
                              "you at (555) 555-0144.")
            << reply << int(Jurisdiction::US) << QStringLiteral("en");
        QTest::newRow("write to us, Spanish") << QStringLiteral(
            "Lamentamos su experiencia. Le invitamos a escribirnos a recepcion@clinicasol.example.com.")
                                              << reply << int(Jurisdiction::US) << QStringLiteral("es");
        QTest::newRow("the number the reader will hear")
            << QStringLiteral("Meet Autumn, our new receptionist! She's the voice you'll hear on 01632 960 777.")
            << post << int(Jurisdiction::UK) << QStringLiteral("en");
        QTest::newRow("we are at, Spanish")
            << QStringLiteral("¡Claro! Estamos en 220 Pine Ave, a dos cuadras del parque.")
            << int(PostKind::CommentReply) << int(Jurisdiction::US) << QStringLiteral("es");
        QTest::newRow("parking behind a street address")
            << QStringLiteral("Thanks for asking! Parking is free in the lot behind 42 Birch Street.") << reply
            << int(Jurisdiction::US) << QStringLiteral("en");
        QTest::newRow("a staff member's family")
            << QStringLiteral("Neu im Team: Heike Sommer, unsere neue Prophylaxe-Assistentin. Heike hat zwei Töchter "
                              "(Emma und Paula) und einen Kater.")
            << post << de << QStringLiteral("de");
        QTest::newRow("a staff member's twins and age")
            << QStringLiteral("¡Conozcan a nuestro equipo! Esta es Rosa Campos, nuestra nueva asistente dental. Rosa "
                              "tiene 29 años y vive con sus gemelos Mateo y Luz (5 años).")
            << post << int(Jurisdiction::US) << QStringLiteral("es");
        QTest::newRow("our hygienist's birthday")
            << QStringLiteral("¡Feliz cumpleaños a nuestra higienista Alegría, que hoy cumple 40!") << post
            << int(Jurisdiction::US) << QStringLiteral("es");
        QTest::newRow("an eye screening at a library")
            << QStringLiteral("¡Exámenes de la vista gratis! Este sábado 12 de octubre estaremos en la Biblioteca "
                              "Central, 301 Main St. La Dra. Marta Gil y su equipo revisarán a niños de 5 a 12 años.")
            << post << int(Jurisdiction::US) << QStringLiteral("es");
        QTest::newRow("an age range's start")
            << QStringLiteral("Prescriptions are free for full-time students aged 16–18.") << post
            << int(Jurisdiction::UK) << QStringLiteral("en");
        QTest::newRow("if your child has an allergy, Spanish") << QStringLiteral(
            "La vacuna se recomienda a partir de los 6 meses. Consulte a su pediatra si su hijo tiene "
            "alguna alergia.") << int(PostKind::CommentReply) << int(Jurisdiction::US)
                                                               << QStringLiteral("es");
        QTest::newRow("directions by underground")
            << QStringLiteral("Nearest U-Bahn: Odeonsplatz (U3/U6), and there's bike parking in the courtyard.")
            << int(PostKind::CommentReply) << de << QStringLiteral("en");
        QTest::newRow("a colleague's exams")
            << QStringLiteral("Thank you! Jade passed her dental nurse exams and we're all so proud of her.")
            << int(PostKind::CommentReply) << int(Jurisdiction::UK) << QStringLiteral("en");
        QTest::newRow("a teacher who hosted us")
            << QStringLiteral("Brushing lessons at Oakfield Primary today! Thanks to Mrs Adeyemi and the whole school "
                              "for having us!")
            << post << int(Jurisdiction::UK) << QStringLiteral("en");
        QTest::newRow("a toll-free helpline")
            << QStringLiteral("Wir dürfen keine Auskunft geben, ob jemand bei uns in Behandlung ist. Wenn Sie sich "
                              "Sorgen machen, erreichen Sie die Telefonseelsorge unter 0800 111 0 111.")
            << int(PostKind::CommentReply) << de << QStringLiteral("de");
        QTest::newRow("appointments at, Spanish")
            << QStringLiteral("Un examen de la vista cada año es la mejor manera de saberlo. Citas en Óptica Santa "
                              "Clara: (520) 555-0161")
            << post << int(Jurisdiction::US) << QStringLiteral("es");
        QTest::newRow("the front desk checks the reader's benefits")
            << QStringLiteral("For an exact estimate, the front desk can run your benefits at (469) 555-0133.")
            << int(PostKind::CommentReply) << int(Jurisdiction::US) << QStringLiteral("en");
        QTest::newRow("reception checks what the reader may get")
            << QStringLiteral("A private hygienist visit is £65. Reception can check what you're eligible for on "
                              "01632 960 391.")
            << int(PostKind::CommentReply) << int(Jurisdiction::UK) << QStringLiteral("en");
        QTest::newRow("a saying with its author")
            << QStringLiteral("\"An ounce of prevention is worth a pound of cure.\" - Benjamin Franklin\nBook your eye "
                              "exam today.")
            << post << int(Jurisdiction::US) << QStringLiteral("en");
        QTest::newRow("a satisfaction survey")
            << QStringLiteral("Friends and family test: 94% of people who answered said they would recommend us.")
            << post << int(Jurisdiction::UK) << QStringLiteral("en");
        QTest::newRow("promises of a job advert")
            << QStringLiteral("We're hiring a front desk coordinator! Medical, dental and 401(k), guaranteed parking. "
                              "Drop your résumé off at 3100 N Riverbend Pkwy, Suite 200.")
            << post << int(Jurisdiction::US) << QStringLiteral("en");
        QTest::newRow("a first appointment still to come")
            << QStringLiteral("Yes, we accept statutory insurance. Please bring your eGK card to your first "
                              "appointment.")
            << int(PostKind::CommentReply) << de << QStringLiteral("en");
        QTest::newRow("most children's teeth")
            << QStringLiteral("Most kids lose their first baby tooth around age 6. General information only, not "
                              "dental advice.")
            << int(PostKind::CommentReply) << int(Jurisdiction::US) << QStringLiteral("en");
        QTest::newRow("an acronym after a word that starts street names")
            << QStringLiteral("Use protector solar FPS 30 o más todos los días. Información general, no es consejo "
                              "médico.")
            << post << int(Jurisdiction::US) << QStringLiteral("es");
        QTest::newRow("the covering doctor")
            << QStringLiteral("Hallo! Unser Praxisurlaub ist vom 4. bis 15. August. Vertretung: Dr. Sonnenberg, "
                              "Hauptstraße 21, Tel. 030 5550 7721.")
            << int(PostKind::CommentReply) << de << QStringLiteral("de");
        QTest::newRow("the mayor opens a wing")
            << QStringLiteral("Ribbon cutting! Mayor Linda Okafor will open our new pediatric wing on Saturday, May 17 "
                              "at 10am, 85 Paris Avenue.")
            << post << int(Jurisdiction::US) << QStringLiteral("en");
        QTest::newRow("a health day at a parish hall")
            << QStringLiteral("Gesundheitstag am Samstag, 14. Juni, im Gemeindehaus St. Marien, Kirchplatz 2. Mit "
                              "einem Vortrag von Ernährungsberaterin Hanna Winter und Blutdruckmessung für alle ab 18.")
            << post << de << QStringLiteral("de");
        QTest::newRow("what the reader's insurer sent")
            << QStringLiteral("Thanks for asking! The form your insurer sent us is the right one.")
            << int(PostKind::CommentReply) << int(Jurisdiction::US) << QStringLiteral("en");
        QTest::newRow("a dose for any child of an age")
            << QStringLiteral("For a 4 year old you can give 7.5ml of infant paracetamol. General information, not "
                              "medical advice; ask your pharmacist.")
            << int(PostKind::CommentReply) << int(Jurisdiction::UK) << QStringLiteral("en");
        QTest::newRow("book today, Spanish")
            << QStringLiteral("¡Gracias por su reseña! Nuestro horario cambia en verano. Agende hoy: (713) 555-0162")
            << reply << int(Jurisdiction::US) << QStringLiteral("es");
        QTest::newRow("a consultation appointment, German")
            << QStringLiteral("Vielen Dank für die fünf Sterne! Beratungstermin unter 0421 5550 6690.") << reply << de
            << QStringLiteral("de");
        QTest::newRow("hyphenated state")
            << QStringLiteral("Tick season: most of Bavaria and Baden-Württemberg are TBE risk areas. Ask us at your "
                              "next visit whether the vaccine makes sense for you.")
            << post << de << QStringLiteral("en");
    }

    void everydayPostsStayClean()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(int, jurisdiction);
        QFETCH(QString, language);
        const Findings f = run({text, PostKind(kind), Jurisdiction(jurisdiction), language});
        QVERIFY2(categories(f).isEmpty(), qPrintable(categories(f).join(u' ')));
    }

    void repliesThatConfirmCare_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("a baby's check") << QStringLiteral(
            "Thanks Gemma! It was lovely to see you and baby Alfie at his "
            "8-week check, see you both for his jabs!")
                                        << QStringLiteral("en");
        QTest::newRow("results") << QStringLiteral("Kieran we've tried ringing you about your results, can you give us "
                                                   "a call back pls")
                                 << QStringLiteral("en");
        QTest::newRow("new-patient forms")
            << QStringLiteral("Hi Brandon — no worries! We re-sent the new-patient forms to your e-mail.")
            << QStringLiteral("en");
        QTest::newRow("hoping the back is better")
            << QStringLiteral("Thank you, Mr. Brennan! We hope the back is much better now.") << QStringLiteral("en");
        QTest::newRow("a cleaning covered")
            << QStringLiteral("Sr. Castillo, ya lo corregimos y la limpieza del mes pasado quedó cubierta.")
            << QStringLiteral("es");
        QTest::newRow("a former patient unmasked")
            << QStringLiteral("This review was posted from the same IP address used by a former patient we discharged "
                              "in January. We stand by our team.")
            << QStringLiteral("en");
        QTest::newRow("stockings for the reader's mother")
            << QStringLiteral("Liebe Frau Kaya, kein Problem, wir bringen die Kompressionsstrümpfe für Ihre Mutter "
                              "am Donnerstag vorbei.")
            << QStringLiteral("de");
    }

    void repliesThatConfirmCare()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        const Jurisdiction j = language == QLatin1String("de") ? Jurisdiction::DE : Jurisdiction::US;
        const Findings f = run({text, PostKind::CommentReply, j, language});
        QVERIFY2(find(f, category::PatientRelationship, text, {}), qPrintable(categories(f, true).join(u' ')));
    }

    void screenNamesAfterThanks()
    {
        for (const QString& text :
             {QStringLiteral("thanks expat_mama_muc 🥰 we loved meeting your little one"),
              QStringLiteral("thanks sunnydaze88!! so glad the cortisone shot calmed your knee")}) {
            const QString name = text.section(u' ', 1, 1).remove(u'!');
            QVERIFY2(find(run({text, PostKind::ReviewReply}), category::PhiPerson, text, name), qPrintable(text));
        }
        const QString plain = QStringLiteral("Thanks 2 all of you for coming to the open day!");
        QVERIFY(!find(run({plain, PostKind::ReviewReply}), category::PhiPerson, plain, {}));
    }

    void oneJobWordHidesNoPatient()
    {
        // One job word is no job advert: the patient named stays flagged.
        const QString text = QStringLiteral("Wir suchen noch Fotos für die Wand: Frau Meier hatte gestern ihre "
                                            "Wurzelbehandlung und lacht schon wieder.");
        QVERIFY(find(run({text, PostKind::Post, Jurisdiction::DE, QStringLiteral("de")}),
                     category::PhiPerson,
                     text,
                     QStringLiteral("Meier")));
    }

    void theRosterMatchesWholeNamesOnly()
    {
        Practice p;
        p.staff = {{QStringLiteral("Jenna Kowalski"), QStringLiteral("Hygienist"), false},
                   {QStringLiteral("Dr. Anika Patel"), QStringLiteral("Dentist"), true}};
        // First names, surnames with a title, and full names of staff are theirs…
        for (const QString& text : {QStringLiteral("Thanks for the kind words! Jenna loved meeting you too."),
                                    QStringLiteral("Thanks for the kind words! Dr. Patel loved meeting you too."),
                                    QStringLiteral("Thanks for the kind words! Jenna Kowalski says hi.")}) {
            Input in{text, PostKind::ReviewReply};
            in.practice = p;
            QVERIFY2(!find(run(in), category::PhiPerson, text, {}), qPrintable(text));
        }
        // …but a shared first name does not make someone else staff.
        const QString other = QStringLiteral("Thanks for the kind words! Jenna Morales loved meeting you too.");
        Input in{other, PostKind::ReviewReply};
        in.practice = p;
        QVERIFY(find(run(in), category::PhiPerson, other, QStringLiteral("Jenna Morales")));
    }

    void readersAddressedByNameAreFlagged()
    {
        // A name after a comma at the end of a sentence addresses the reader.
        const QString tom =
            QStringLiteral("Thanks for the review, Tom! The night guard you left is at the front desk.");
        QVERIFY(find(run({tom, PostKind::ReviewReply}), category::PhiPerson, tom, QStringLiteral("Tom")));
        // …but a place there is not a person.
        const QString city = QStringLiteral("Our new clinic opens next month in the heart of the city, Dresden.");
        QVERIFY(!find(run({city}), category::PhiPerson, city, {}));
        // "our patient Mark": the patient word introduces the name.
        const QString mark = QStringLiteral("Our patient Mark wore the brace through his whole recovery.");
        QVERIFY(find(run({mark}), category::PhiPerson, mark, QStringLiteral("Mark")));
        // A reply that greets its reader: the greeted name is no staff member, whatever follows.
        const QString jonas = QStringLiteral("Hi Jonas, our IT partner checked the login. Your psoriasis follow-up "
                                             "link arrives tomorrow.");
        QVERIFY(find(run({jonas, PostKind::ReviewReply}), category::PhiPerson, jonas, QStringLiteral("Jonas")));
    }

    void namesFromHowTheTextUsesThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("subject of a verb") << QStringLiteral("Kevin is nice, and Trivo lives on the coast.")
                                           << QStringList{QStringLiteral("Kevin"), QStringLiteral("Trivo")};
        QTest::newRow("speaker") << QStringLiteral("\"It went well,\" says Iwase.")
                                 << QStringList{QStringLiteral("Iwase")};
        QTest::newRow("script") << QStringLiteral("Ubul: What a wife.\nNicole: Remember me?")
                                << QStringList{QStringLiteral("Ubul"), QStringLiteral("Nicole")};
        QTest::newRow("list") << QStringLiteral("The band: Kónya, Becker and Vasquez.")
                              << QStringList{
                                     QStringLiteral("Kónya"), QStringLiteral("Becker"), QStringLiteral("Vasquez")};
        QTest::newRow("list with a word no list knows")
            << QStringLiteral("They had three: Efimiya, Mary and Isabel.")
            << QStringList{QStringLiteral("Efimiya"), QStringLiteral("Mary"), QStringLiteral("Isabel")};
        QTest::newRow("lower case") << QStringLiteral("follow up with patricia desrosiers in a couple of months.")
                                    << QStringList{QStringLiteral("patricia desrosiers")};
        QTest::newRow("introducing oneself") << QStringLiteral("Hello, I'm Quarto Angelo, originally from Križe.")
                                             << QStringList{QStringLiteral("Quarto Angelo")};
        QTest::newRow("speaker after the quote")
            << QStringLiteral("\"We are moving in that direction,\" said Hauta-aho.")
            << QStringList{QStringLiteral("Hauta-aho")};
        QTest::newRow("given something of theirs")
            << QStringLiteral("Scott had given Belle his address.") << QStringList{QStringLiteral("Belle")};
        QTest::newRow("pair of word names as people") << QStringLiteral("Dale and White were precision engineers.")
                                                      << QStringList{QStringLiteral("Dale"), QStringLiteral("White")};
        QTest::newRow("pair as subject") << QStringLiteral("Lamovec and Morales were precision engineers.")
                                         << QStringList{QStringLiteral("Lamovec"), QStringLiteral("Morales")};
        QTest::newRow("answer to a question")
            << QStringLiteral("What's your last name? Magnusson") << QStringList{QStringLiteral("Magnusson")};
        QTest::newRow("initial between names")
            << QStringLiteral("Hanne I. Kreutzmann from Can Capital is the keynote speaker")
            << QStringList{QStringLiteral("Hanne I. Kreutzmann")};
        QTest::newRow("named") << QStringLiteral("My name is Aantje Mourik but everyone calls me višeslav.")
                               << QStringList{QStringLiteral("Aantje Mourik"), QStringLiteral("višeslav")};
        QTest::newRow("lower-case name field")
            << QStringLiteral("name:    hyuuma t. maida\naddress: unit 4526 box 0671")
            << QStringList{QStringLiteral("hyuuma t. maida")};
        QTest::newRow("called") << QStringLiteral("My grandmother was called Erin Dale.")
                                << QStringList{QStringLiteral("Erin Dale")};
        QTest::newRow("name field") << QStringLiteral("Name:    Martim A Pereira\nAddress: 17693 Király u. 15.")
                                    << QStringList{QStringLiteral("Martim A Pereira")};
        QTest::newRow("reviewer's initial")
            << QStringLiteral("\"Three adjustments and I'm back at work.\" – Rosa Elena G.")
            << QStringList{QStringLiteral("Rosa Elena G")};
        QTest::newRow("name ending like a street")
            << QStringLiteral("Billing contact: Tintin Forsberg") << QStringList{QStringLiteral("Tintin Forsberg")};
        QTest::newRow("unknown names before a verb only people do")
            << QStringLiteral("Cendrillon Coudert lives at 333 Golfskálinn 78, Borgarnes")
            << QStringList{QStringLiteral("Cendrillon Coudert")};
        QTest::newRow("given name and town before a verb only people do")
            << QStringLiteral("Tilly Nicholson lives at 10 Μεγάλη Άμμος 184")
            << QStringList{QStringLiteral("Tilly Nicholson")};
        QTest::newRow("pastor") << QStringLiteral("Pastor Mike Evans visited us today for his crown.")
                                << QStringList{QStringLiteral("Pastor Mike Evans")};
        QTest::newRow("someone's child") << QStringLiteral("I would like to remove my kid Tadzio from the will.")
                                         << QStringList{QStringLiteral("Tadzio")};
        QTest::newRow("speaker named like a town")
            << QStringLiteral("\"I'm glad we're moving in that direction,\" says Izumi.")
            << QStringList{QStringLiteral("Izumi")};
        QTest::newRow("a month as a given name") << QStringLiteral("Follow up with Jan Jílek in a couple of months.")
                                                 << QStringList{QStringLiteral("Jan Jílek")};
        QTest::newRow("lower case with an initial")
            << QStringLiteral("follow up with benjamin a seiler in a couple of months.")
            << QStringList{QStringLiteral("benjamin a seiler")};
        QTest::newRow("introducing oneself") << QStringLiteral("I'm Bojka Žilih, originally from Dolores.")
                                             << QStringList{QStringLiteral("Bojka Žilih")};
        QTest::newRow("introduced, with a month and an initial")
            << QStringLiteral("My name is Ján M. Novák but everyone calls me Ján")
            << QStringList{QStringLiteral("Ján M. Novák")};
    }

    void streetsNamedAfterPeopleAreNoPersons()
    {
        const QString text = QStringLiteral("Please send it to 541 Avenida Pedro Ulisses 888, Apt. 120, Castanhal");
        const Findings f = run({text, PostKind::CommentReply});
        QVERIFY(find(f, category::PhiAddress, text, QStringLiteral("Pedro Ulisses")));
        QVERIFY(!find(f, category::PhiPerson, text, {}));
        // A month before a day stays a date.
        const QString date = QStringLiteral("Hi Ana, see you on Jan 14.");
        const Findings d = run({date, PostKind::CommentReply});
        QVERIFY(find(d, category::PhiDate, date, QStringLiteral("Jan 14")));
        QVERIFY(!find(d, category::PhiPerson, date, QStringLiteral("Jan")));
    }

    void namesFromHowTheTextUsesThem()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        const Findings f = run({text});
        for (const QString& name : names) {
            QVERIFY2(find(f, category::PhiPerson, text, name), qPrintable(name));
        }
    }

    void detailsTiedToSomeone()
    {
        // Ages in brackets or after "he's".
        const QString svenja = QStringLiteral("Unsere Patientin Svenja (34) nach der Behandlung.");
        QVERIFY(
            find(run({svenja, PostKind::Post, Jurisdiction::DE, QStringLiteral("de")}), category::PhiAge, svenja, {}));
        const QString harold = QStringLiteral("At 97, Harold is our oldest patient and still walks to every visit.");
        QVERIFY(find(run({harold}), category::PhiAge, harold, QStringLiteral("97")));
        // How long treatment took, where years and age share a word.
        const QString braces = QStringLiteral("Nuestro paciente Mateo terminó sus frenillos después de 2 años.");
        QVERIFY(
            !find(run({braces, PostKind::Post, Jurisdiction::US, QStringLiteral("es")}), category::PhiAge, braces, {}));
        // A baby's age by the check it is due for.
        const QString alfie = QStringLiteral("Thanks Gemma! Lovely to see baby Alfie at his 8-week check.");
        QVERIFY(find(run({alfie, PostKind::ReviewReply}), category::PhiAge, alfie, QStringLiteral("8-week")));
        const QString rounds = QStringLiteral("At 10, Dr. Kim starts her rounds.");
        QVERIFY(!find(run({rounds}), category::PhiAge, rounds, {}));
        const QString lucas = QStringLiteral("Our patient Lucas (he's 11!) plays soccer without glasses.");
        QVERIFY(find(run({lucas}), category::PhiAge, lucas, QStringLiteral("he's 11")));
        // A profile that carries the reader's name.
        const QString profile = QStringLiteral("Thank you Marcus!! (we saw the pics on facebook.com/marcus.delane.73)");
        QVERIFY(find(run({profile, PostKind::CommentReply}), category::PhiUrl, profile, QStringLiteral("facebook")));
        // A number the practice called is someone's; the practice's own voicemail is not.
        const QString called = QStringLiteral("Hi Diane! We left a voicemail at (207) 555-0152 too.");
        QVERIFY(find(run({called, PostKind::CommentReply}), category::PhiPhone, called, {}));
        const QString ours = QStringLiteral("Leave us a voicemail at (207) 555-0152 any time.");
        QVERIFY(!find(run({ours}), category::PhiPhone, ours, {}));
        // A reply that names its reader among its first words speaks to them afterwards.
        const QString kevin = QStringLiteral("Appreciate the ⭐⭐⭐⭐⭐, Kevin D.! Hope the new aligners fit better.");
        const Findings f = run({kevin, PostKind::ReviewReply});
        QVERIFY(find(f, category::PhiPerson, kevin, QStringLiteral("Kevin D")));
        QVERIFY(find(f, category::PatientRelationship, kevin, QStringLiteral("aligners")));
    }

    void resultsOfOnePatientNeedConsent()
    {
        for (const QString& text :
             {QStringLiteral("Day 1 vs. day 90 of our acne treatment program. Incredible progress!"),
              QStringLiteral("Tattoo removal progress after session 4 – almost gone!"),
              QStringLiteral("This smile took 18 months and two extractions. So proud of this "
                             "young lady!")}) {
            QVERIFY2(find(run({text}), category::ConsentMissing, text, {}), qPrintable(text));
        }
    }

    void questionsAndGiftsInOtherWords()
    {
        // A quoted question is asked, not told: no testimonial.
        const QString question =
            QStringLiteral("“Will laser hair removal get rid of my hair for good?” We get asked this "
                           "every day. Honest answer: not completely.");
        QVERIFY(!find(run({question}), category::ConsentMissing, question, {}));
        for (const QString& sponsored :
             {QStringLiteral("We've teamed up with SmileBright to bring you 20% off their whitening kits!"),
              QStringLiteral("This post is brought to you by ClearAligners Co. Ask us about a free consult!"),
              QStringLiteral("Use our link for $10 off your first box of GlowGummies vitamins."),
              QStringLiteral("Our new favourite serum, now stocked in clinic! #gifted #skincare #aesthetics"),
              QStringLiteral("The perfect step after a facial ✨ (ty Lumière for the free samples!!) #skincare")}) {
            QVERIFY2(find(run({sponsored}), category::EndorsementUndisclosed, sponsored, {}), qPrintable(sponsored));
        }
        // A gift thanked for with an adjective in between is still a gift.
        const QString de =
            QStringLiteral("Danke für das riesige Paket von DermaVera! Mit dem Code HAUTNAH15 spart ihr 15 %.");
        QVERIFY(find(run({de, PostKind::Post, Jurisdiction::DE, QStringLiteral("de")}),
                     category::EndorsementUndisclosed,
                     de,
                     {}));
    }

    void ownersOfContactDetails()
    {
        // German puts the verb last: sent to someone's address.
        const QString de = QStringLiteral("Hallo Herr Vogt, wir haben ihn an thomas.vogt83@web.de geschickt.");
        QVERIFY(find(
            run({de, PostKind::CommentReply, Jurisdiction::DE, QStringLiteral("de")}), category::PhiEmail, de, {}));
        // The practice's patient advocate is staff; her number is the practice's.
        const QString advocate =
            QStringLiteral("Please contact our patient advocate, Lorena Vidal, at (480) 555-0129.");
        const Findings f = run({advocate, PostKind::ReviewReply});
        QVERIFY(!find(f, category::PhiPhone, advocate, {}));
        QVERIFY(!find(f, category::PhiPerson, advocate, {}));
        // An age range the practice serves is a policy, in Spanish too.
        const QString es = QStringLiteral("Atendemos desde recién nacidos hasta los 18 años.");
        QVERIFY(
            !find(run({es, PostKind::CommentReply, Jurisdiction::US, QStringLiteral("es")}), category::PhiAge, es, {}));
    }

    void staffProductsAndPlacesAreNoPatients()
    {
        const QStringList texts{
            QStringLiteral("Kelsey at the front desk still talks about the photos you showed her."),
            QStringLiteral("Don't skip those bird-dog exercises Jenna gave you!"),
            QStringLiteral("Coach Tyler says he's already planning your next leg day."),
            QStringLiteral("Your travel vaccinations for Kenya are all documented."),
            QStringLiteral("Our team has been testing the new Lumière Barrier Cream for a fortnight."),
            QStringLiteral("It was a pleasure doing the eye exams at Maple Grove Assisted Living."),
            QStringLiteral("Happy Nurses Week to our amazing nurses Kim, Raj and Alicia!"),
            QStringLiteral("Say hi to Bella, our clinic dog! Bella is the best at calming nervous visitors."),
            QStringLiteral("Our therapy dog Max says thank you for all the treats."),
        };
        for (const QString& text : texts) {
            QVERIFY2(!find(run({text, PostKind::ReviewReply}), category::PhiPerson, text, {}), qPrintable(text));
        }
        // A clinician giving a tip in a post is the practice's.
        const QString tip =
            QStringLiteral("Sunscreen tip from Dr. Okafor: reapply every two hours when you're outdoors.");
        QVERIFY(!find(run({tip}), category::PhiPerson, tip, {}));
        // The pet goes, its owner stays.
        const QString owner =
            QStringLiteral("Thanks Rosa, so glad your knee is better after physio! Say hi to your dog Max from us.");
        const Findings withOwner = run({owner, PostKind::ReviewReply});
        QVERIFY(find(withOwner, category::PhiPerson, owner, QStringLiteral("Rosa")));
        QVERIFY(!find(withOwner, category::PhiPerson, owner, QStringLiteral("Max")));
        // …while a name spoken to is still a name, even where a province shares it.
        const QString mary = QStringLiteral("Remember me, Mary? We met at the clinic.");
        QVERIFY(find(run({mary}), category::PhiPerson, mary, QStringLiteral("Mary")));
        // A rule for a group says nothing about the reader greeted before it.
        const QString group = QStringLiteral("Hi Priya! Children under 16 get a free NHS sight test.");
        QVERIFY(!find(run({group, PostKind::CommentReply}), category::PatientRelationship, group, {}));
    }

    void wordsThatAreNotNames()
    {
        // The town and country after a street are places.
        const QString town = QStringLiteral("Meet me at 7943 2027 Prospect St, Dehylov, Czech Republic");
        QVERIFY(!find(run({town}), category::PhiPerson, town, {}));
        // German nouns after an article or a possessive.
        const QString de = QStringLiteral("Wir tun unser Bestes, damit Eltern leichter einen Termin finden.");
        QVERIFY(!find(run({de, PostKind::Post, Jurisdiction::DE, QStringLiteral("de")}), category::PhiPerson, de, {}));
        for (const QString& text : {QStringLiteral("Note: we are closed on Monday.\nPhone: call us any time."),
                                    QStringLiteral("Bring water, snacks and sunscreen."),
                                    QStringLiteral("Research says flossing helps."),
                                    QStringLiteral("Salt and Pepper were our office cats."),
                                    QStringLiteral("My name is on the waiting list."),
                                    QStringLiteral("Our clinic is called Bright Smiles Dental."),
                                    QStringLiteral("The procedure is called Invisalign."),
                                    QStringLiteral("What is your name? Please write it on the form.")}) {
            QVERIFY2(!find(run({text}), category::PhiPerson, text, {}), qPrintable(text));
        }
    }

    void publicFiguresAndHolidaysAreNoPatients()
    {
        struct Case
        {
            QString text;
            QString language;
        };
        const QList<Case> cases{
            {QStringLiteral("Simone Biles reminds us that taking care of your mental health is part of being an "
                            "athlete. Talk to us about sports physio."),
             QStringLiteral("en")},
            {QStringLiteral("Fun fact: Queen Victoria used chloroform during childbirth, which helped make "
                            "anaesthesia popular in Britain."),
             QStringLiteral("en")},
            {QStringLiteral("Did you know President Lincoln suffered from severe toothaches?"), QStringLiteral("en")},
            {QStringLiteral("Michael J. Fox has done so much to raise awareness of Parkinson's disease."),
             QStringLiteral("en")},
            {QStringLiteral("Remembering Dr. Martin Luther King Jr. today and his vision of equal access to care."),
             QStringLiteral("en")},
            {QStringLiteral("¡Feliz Día de los Reyes! Que los Reyes Magos les traigan muchas sonrisas."),
             QStringLiteral("es")},
            {QStringLiteral("Schon Sebastian Kneipp wusste: Wasser hält gesund."), QStringLiteral("de")},
        };
        for (const Case& c : cases) {
            const Findings f = run({c.text, PostKind::Post, Jurisdiction::US, c.language});
            QVERIFY2(categories(f).isEmpty(), qPrintable(c.text + QLatin1String(": ") + categories(f).join(u' ')));
        }
        // A title names a public figure only when it is written as one: "Dr. King" is someone's surname.
        const QString king = QStringLiteral("Thanks Dr. King, your crown feels great!");
        QVERIFY(find(run({king, PostKind::CommentReply}), category::PatientRelationship, king, {}));
        const QString reader = QStringLiteral("Hi Serena, so glad your knee is better after physio!");
        QVERIFY(find(run({reader, PostKind::ReviewReply}), category::PhiPerson, reader, QStringLiteral("Serena")));
    }

    void staffIntroductionsInEveryLanguage()
    {
        struct Case
        {
            QString text;
            Jurisdiction jurisdiction;
            QString language;
        };
        const QList<Case> cases{
            {QStringLiteral("Please welcome Tom Whitaker to the team! Tom is a chartered physiotherapist with ten "
                            "years' experience in sports injuries."),
             Jurisdiction::UK,
             QStringLiteral("en")},
            {QStringLiteral("Dr. med. Anna Bauer ist ab Januar wieder in der Praxis."),
             Jurisdiction::DE,
             QStringLiteral("de")},
            {QStringLiteral("Wir gratulieren unserer Auszubildenden Leonie zur bestandenen Abschlussprüfung!"),
             Jurisdiction::DE,
             QStringLiteral("de")},
            {QStringLiteral("Our reception team (Gemma, Holly and Sam) will be wearing pink for Breast Cancer "
                            "Awareness Month."),
             Jurisdiction::UK,
             QStringLiteral("en")},
            {QStringLiteral("La Dra. Martínez estará de vacaciones del 1 al 15 de agosto. El Dr. Soto atenderá sus "
                            "citas."),
             Jurisdiction::US,
             QStringLiteral("es")},
        };
        for (const Case& c : cases) {
            const Findings f = run({c.text, PostKind::Post, c.jurisdiction, c.language});
            QVERIFY2(categories(f).isEmpty(), qPrintable(c.text + QLatin1String(": ") + categories(f).join(u' ')));
        }
        // A titled name in a message someone writes as "I", or with an age, stays a person.
        for (const QString& text : {QStringLiteral("Hello, this is Dr. Kyle Kuefer. Who are you?"),
                                    QStringLiteral("Please correct my name to Dr. Cettina Fanucci."),
                                    QStringLiteral("Dr. Burke is a 53 year old man who grew up in Knivsta."),
                                    QStringLiteral("Our patient Dr. Haas finished her last session today!")}) {
            QVERIFY2(find(run({text}), category::PhiPerson, text, {}), qPrintable(text));
        }
    }

    void storiesAgesAndClaimsInOtherWords()
    {
        // A given name that is also a word, doing what patients do.
        const QString jasmine =
            QStringLiteral("Look at this smile! Jasmine finished her braces treatment last week and we're so proud.");
        QVERIFY(find(run({jasmine}), category::PhiPerson, jasmine, QStringLiteral("Jasmine")));
        // An age in words after "was"; "she was one of our first" is no age.
        const QString two =
            QStringLiteral("Happy birthday to our patient Ava, who has been coming to us since she was two!");
        QVERIFY(find(run({two}), category::PhiAge, two, QStringLiteral("two")));
        // "years young", "who is 34", and a short sentence right after the name.
        for (const auto& [text, age] :
             {std::pair{QStringLiteral("Shoutout to our 92 year young patient Betty!"),
                        QStringLiteral("92 year young")},
              std::pair{QStringLiteral("Elena, who is 34, finished her physio program today."), QStringLiteral("34")},
              std::pair{QStringLiteral("Great job today, Ethan! Not bad for a 6-year-old."),
                        QStringLiteral("6-year-old")}}) {
            QVERIFY2(find(run({text}), category::PhiAge, text, age), qPrintable(text));
        }
        // A milestone for every child is no one's age.
        const QString milestone = QStringLiteral("Kids can move to a pea-sized amount of toothpaste around age 3.");
        QVERIFY(!find(run({milestone, PostKind::CommentReply}), category::PhiAge, milestone, {}));
        const QString warranty = QStringLiteral("Our 3 year warranty covers your aligners.");
        QVERIFY(!find(run({warranty}), category::PhiAge, warranty, {}));
        const QString one = QStringLiteral("Our patient Ava says she was one of the first to try it.");
        QVERIFY(!find(run({one}), category::PhiAge, one, {}));
        // A testimonial covers who said it.
        const QString said =
            QStringLiteral("\"I can finally eat steak again!\" says Gordon after his implant surgery at our practice.");
        const Finding* testimonial = find(run({said}), category::ConsentMissing, said, {});
        QVERIFY(testimonial);
        QVERIFY(said.mid(testimonial->start, testimonial->end - testimonial->start).contains(QLatin1String("Gordon")));
        // "our patients" in general tell nobody's story.
        const QString general =
            QStringLiteral("Nuestra marca favorita, DentiMax, nos regaló 50 kits para nuestros pacientes. #publicidad");
        QVERIFY(!find(run({general, PostKind::Post, Jurisdiction::US, QStringLiteral("es")}),
                      category::ConsentMissing,
                      general,
                      {}));
        // Superlatives in other words; an instruction to stop a drug is advice, not a promised outcome.
        for (const QString& claim : {QStringLiteral("Nobody does implants better than our team."),
                                     QStringLiteral("Reverse your diabetes naturally with our 8-week program."),
                                     QStringLiteral("Never get a cavity again with our sealants."),
                                     QStringLiteral("Our hearing aids restore perfect hearing."),
                                     QStringLiteral("Look 10 years younger in just one appointment.")}) {
            QVERIFY2(find(run({claim}), category::ClaimMisleading, claim, {}), qPrintable(claim));
        }
        const QString reminders = QStringLiteral("Never miss an appointment again with our text reminders.");
        QVERIFY(!find(run({reminders}), category::ClaimMisleading, reminders, {}));
        const QString stop = QStringLiteral("Stop taking your blood thinner two days before your extraction.");
        const Findings stopped = run({stop});
        QVERIFY(!find(stopped, category::ClaimMisleading, stop, {}));
        QVERIFY(find(stopped, category::AdviceDisclaimer, stop, {}));
        // A sick note sent for someone is care.
        const QString note = QStringLiteral("Don Rigoberto, ya le mandamos por fax su incapacidad a su empleador.");
        QVERIFY(find(run({note, PostKind::CommentReply, Jurisdiction::US, QStringLiteral("es")}),
                     category::PatientRelationship,
                     note,
                     {}));
        // Negating what happened to them does not deny that "your records" exist; declining to discuss anyone's
        // care confirms no one's.
        const QString records = QStringLiteral("Hi Derek, nobody else opened your records, and your login is active.");
        QVERIFY(find(run({records, PostKind::CommentReply}), category::PatientRelationship, records, {}));
        const QString anyone = QStringLiteral("We can't discuss anyone's treatment on a public page. Please call us.");
        QVERIFY(!find(run({anyone, PostKind::ReviewReply}), category::PatientRelationship, anyone, {}));
        // Lab reports are care.
        const QString lab = QStringLiteral("Mrs. Okoro, your lab report was sent to your e-mail yesterday.");
        QVERIFY(find(run({lab, PostKind::CommentReply}), category::PatientRelationship, lab, {}));
    }

    // The other side of the clean-post rules above: what they let go must not hide what is still a finding.
    void cleanPostRulesKeepTheirLimits()
    {
        // A testimonial is a quotation too, and its author a patient.
        const QString testimonial =
            QStringLiteral("\"Dr. Reyes gave me my smile back!\" – Teresa Blackwood\n\nBook your consultation today.");
        QVERIFY(find(run({testimonial}), category::PhiPerson, testimonial, QStringLiteral("Teresa")));
        // …and so is signed praise, which needs consent like any testimonial.
        const QString praise = QStringLiteral("“Absolutely fantastic service, highly recommend!” – Karen Smith");
        QVERIFY(find(run({praise}), category::ConsentMissing, praise, QStringLiteral("fantastic")));
        QVERIFY(find(run({praise}), category::PhiPerson, praise, QStringLiteral("Karen Smith")));
        // Thanks "for having us" at someone's home for their hearing test is a visit, not a host.
        const QString home = QStringLiteral("Thanks to Mrs Lopez for having us at her home for the hearing test!");
        QVERIFY(find(run({home}), category::PhiPerson, home, QStringLiteral("Lopez")));
        // The practice as the subject still calls the reader on the reader's number.
        const QString tried = QStringLiteral("Sorry for the delay! Our reception tried you on 0113 496 0752 today.");
        QVERIFY(find(run({tried, PostKind::ReviewReply, Jurisdiction::UK}), category::PhiPhone, tried, {}));
        const QString callBack = QStringLiteral("Our team will call you back on 01632 960 402.");
        QVERIFY(find(run({callBack, PostKind::ReviewReply, Jurisdiction::UK}), category::PhiPhone, callBack, {}));
        // A brand's handle thanked for products, with the label buried; a weak #collab label on its own.
        const QString brand = QStringLiteral("Wir verwenden nur noch die Pflegeserie von VitaDerm. Danke an @VitaDerm "
                                             "für die tollen Produkte! #hautpflege #sommer #werbung");
        const Findings brandFound = run({brand, PostKind::Post, Jurisdiction::DE, QStringLiteral("de")});
        QVERIFY(find(brandFound, category::EndorsementUndisclosed, brand, QStringLiteral("Danke an @VitaDerm")));
        QVERIFY(!find(brandFound, category::PhiPerson, brand, {}));
        const QString collab =
            QStringLiteral("Loving our new @OraGlow whitening kits! Grab one at reception. #collab #smile");
        QVERIFY(find(run({collab, PostKind::Post, Jurisdiction::UK}),
                     category::EndorsementUndisclosed,
                     collab,
                     QStringLiteral("Loving")));
        // A first appointment looked back on confirms it.
        const QString met = QStringLiteral("Hi Sam, we loved meeting you at your first appointment!");
        QVERIFY(find(run({met, PostKind::ReviewReply}), category::PatientRelationship, met, {}));
        // A question that asserts still claims; "this month only" presses.
        const QString know = QStringLiteral("Did you know our shockwave therapy cures heel pain for good?");
        QVERIFY(find(run({know}), category::ClaimMisleading, know, QStringLiteral("cures")));
        const QString month = QStringLiteral("Spring special: Botox from £149 per area, this month only!");
        QVERIFY(find(run({month, PostKind::Post, Jurisdiction::UK}),
                     category::ClaimMisleading,
                     month,
                     QStringLiteral("this month only")));
        // The reader's insurance number in a reply: the practice holds their record.
        const QString record = QStringLiteral("Hi Jonas, we couldn't process your card: the insurance number "
                                              "K471205832 on your eGK doesn't match.");
        QVERIFY(
            find(run({record, PostKind::CommentReply, Jurisdiction::DE}), category::PatientRelationship, record, {}));
        // A patient named after a heading with a colon, with an initial and an age.
        const QString month2 =
            QStringLiteral("Patient of the Month: Kayla R., 7, from Westfield, who beat her fear of shots!");
        const Findings monthFound = run({month2});
        QVERIFY(find(monthFound, category::PhiPerson, month2, QStringLiteral("Kayla R")));
        QVERIFY(find(monthFound, category::PhiAge, month2, QStringLiteral("7")));
        // "1g paracetamol" is a dose, not an address.
        const QString dose = QStringLiteral("You can take 1g paracetamol up to 4 times a day for the fever.");
        QVERIFY(!find(run({dose, PostKind::CommentReply}), category::PhiAddress, dose, {}));
        // "keep taking" goes on with someone's treatment.
        const QString keep =
            QStringLiteral("Keep taking 400 mg ibuprofen three times a day until your new crown is fitted.");
        QVERIFY(find(run({keep, PostKind::ReviewReply}), category::PatientRelationship, keep, {}));
        // A named patient's family in a staff post is no staff.
        const QString ages = QStringLiteral("Our patient Lily Baker, 7, and her brother Sam, 5, were so brave today!");
        QVERIFY(find(run({ages}), category::PhiAge, ages, {}));
        // "the best dental team in town" still claims.
        const QString best = QStringLiteral("Voted the best dental team in town!");
        QVERIFY(find(run({best}), category::ClaimMisleading, best, {}));
        // A sponsorship label after the hashtags is still buried.
        const QString buried = QStringLiteral("Loving our new electric toothbrushes from BrightCo, use code SMILE10! "
                                              "#teeth #smile #sponsored");
        QVERIFY(find(run({buried}), category::EndorsementUndisclosed, buried, {}));
        // Before/after said in the text and again as a hashtag: one finding, on the text.
        const QString ba =
            QStringLiteral("Before & after: lip filler with 1 ml hyaluronic acid. #beforeandafter #lipfiller");
        const Findings baFound = run({ba, PostKind::Post, Jurisdiction::DE, QStringLiteral("en")});
        const auto claims = std::count_if(
            baFound.cbegin(), baFound.cend(), [](const Finding& f) { return f.category == category::ClaimMisleading; });
        QCOMPARE(claims, 1);
        QVERIFY(find(baFound, category::ClaimMisleading, ba, QStringLiteral("Before")));
        // The hashtag alone still counts.
        const QString tagOnly = QStringLiteral("Lip filler with 1 ml hyaluronic acid. #beforeandafter");
        QVERIFY(find(run({tagOnly, PostKind::Post, Jurisdiction::DE, QStringLiteral("en")}),
                     category::ClaimMisleading,
                     tagOnly,
                     QStringLiteral("#beforeandafter")));
        // An age after "who at" and one after "a sus" are someone's.
        const QString who = QStringLiteral("Well done to Eileen from Hexham, who at 78 walked the whole coast path!");
        QVERIFY(find(run({who}), category::PhiAge, who, QStringLiteral("78")));
        const QString sus =
            QStringLiteral("Felicidades a nuestro paciente Don Ernesto, que a sus 94 años sigue viniendo "
                           "desde Pueblo Nuevo a su terapia.");
        QVERIFY(find(run({sus, PostKind::Post, Jurisdiction::US, QStringLiteral("es")}),
                     category::PhiAge,
                     sus,
                     QStringLiteral("94")));
        // A before/after label whose emoji ends the sentence reaches the treatment it labels.
        const QString label = QStringLiteral("Vorher / Nachher ✨ Nasolabialfalten mit Hyaluron, ganz natürlich.");
        const Finding* labelled = find(
            run({label, PostKind::Post, Jurisdiction::DE, QStringLiteral("de")}), category::ClaimMisleading, label, {});
        QVERIFY(labelled);
        QVERIFY(label.mid(labelled->start, labelled->end - labelled->start).contains(QStringLiteral("Hyaluron")));
        // Two children's ages are no range.
        const QString two = QStringLiteral("Gracias a nuestros pacientes Leo y Ana, de 3 y 5 años, por su valentía.");
        QVERIFY(find(run({two, PostKind::Post, Jurisdiction::US, QStringLiteral("es")}), category::PhiAge, two, {}));
    }

    void unnamedPatientsStoriesNeedConsent()
    {
        struct Case
        {
            QString text;
            Jurisdiction jurisdiction;
            QString language;
        };
        const QList<Case> stories{
            {QStringLiteral("This gentleman hadn't seen a dentist in 20 years because of anxiety. Three visits later, "
                            "he's smiling again!"),
             Jurisdiction::US,
             QStringLiteral("en")},
            {QStringLiteral("A little girl came in today terrified of the dentist and left with a huge grin."),
             Jurisdiction::US,
             QStringLiteral("en")},
            {QStringLiteral("We had the pleasure of helping a local firefighter recover from a shoulder injury."),
             Jurisdiction::US,
             QStringLiteral("en")},
            {QStringLiteral("Swipe to see the results of this patient's gum graft."),
             Jurisdiction::US,
             QStringLiteral("en")},
            {QStringLiteral("Eine Patientin kam mit starken Rückenschmerzen zu uns."),
             Jurisdiction::DE,
             QStringLiteral("de")},
            {QStringLiteral("Un paciente de 12 años llegó con mucho miedo y hoy terminó su tratamiento de ortodoncia."),
             Jurisdiction::US,
             QStringLiteral("es")},
            // A named patient is a story to tell only with consent, care words or not.
            {QStringLiteral("Patient Maria Lopez, who lives at 88 Elm St, was our very first visitor."),
             Jurisdiction::US,
             QStringLiteral("en")},
        };
        for (const Case& c : stories) {
            QVERIFY2(
                find(run({c.text, PostKind::Post, c.jurisdiction, c.language}), category::ConsentMissing, c.text, {}),
                qPrintable(c.text));
        }
        // A story the writer says is de-identified needs no consent; a named one still does.
        const QString anonymised =
            QStringLiteral("Case of the month (shared without any identifying details): a runner "
                           "came to us with heel pain. Six weeks of stretching later, she's back "
                           "to easy runs.");
        QVERIFY(!find(run({anonymised}), category::ConsentMissing, anonymised, {}));
        const QString named = QStringLiteral("Case of the month (shared without any identifying details): Maria Lopez "
                                             "came to us with heel pain and is back to running.");
        QVERIFY(find(run({named}), category::ConsentMissing, named, {}));
        // Rules for anyone, conditions and figures about groups tell no one's story.
        for (const QString& text :
             {QStringLiteral("A patient who grinds their teeth may need a night guard."),
              QStringLiteral("If a child has a fever over 104°F, call us right away."),
              QStringLiteral("Our call data showed that 40% of requests came in the first hour, and many callers were "
                             "parents trying to sort out a sick child."),
              QStringLiteral("Every patient who finished treatment this year received a free toothbrush.")}) {
            QVERIFY2(!find(run({text}), category::ConsentMissing, text, {}), qPrintable(text));
        }
        // A patient's own pet does not make the practice a veterinary one.
        const QString pet = QStringLiteral(
            "Mr. Jensen was discharged on 14 October after his knee replacement and walked his dog the next day!");
        const Findings f = run({pet, PostKind::Post, Jurisdiction::UK});
        QVERIFY(find(f, category::PhiPerson, pet, QStringLiteral("Jensen")));
        QVERIFY(find(f, category::ConsentMissing, pet, {}));
    }

    void datesFamiliesAndStreetsOfPatients()
    {
        // The weekday belongs to the date; an abbreviated month's full stop ends no sentence.
        const QString thursday = QStringLiteral("Hi Tanya, just confirming your root canal on Thursday the 9th.");
        const Finding* date = find(run({thursday, PostKind::CommentReply}), category::PhiDate, thursday, {});
        QVERIFY(date);
        QCOMPARE(thursday.mid(date->start, date->end - date->start), QStringLiteral("Thursday the 9th"));
        const QString montag = QStringLiteral("Liebe Frau Schmidt, Ihr Kontrolltermin ist am Montag, den 14. April.");
        date = find(run({montag, PostKind::CommentReply, Jurisdiction::DE, QStringLiteral("de")}),
                    category::PhiDate,
                    montag,
                    {});
        QVERIFY(date);
        QCOMPARE(montag.mid(date->start, date->end - date->start), QStringLiteral("Montag, den 14. April"));
        // The sentence's full stop is not the date's; a German day and month keep theirs.
        const QString slash = QStringLiteral("Hi Maria, your surgery is booked for 14/03/2025.");
        date = find(run({slash, PostKind::CommentReply}), category::PhiDate, slash, {});
        QVERIFY(date);
        QCOMPARE(slash.mid(date->start, date->end - date->start), QStringLiteral("14/03/2025"));
        const QString german = QStringLiteral("Frau Weber, Ihr Termin ist am 17.11. um 9 Uhr.");
        date = find(run({german, PostKind::CommentReply, Jurisdiction::DE, QStringLiteral("de")}),
                    category::PhiDate,
                    german,
                    {});
        QVERIFY(date);
        QCOMPARE(german.mid(date->start, date->end - date->start), QStringLiteral("17.11."));
        const QString oct = QStringLiteral("Thanks, Greg! We have you down for your cleaning on Oct. 3.");
        QVERIFY(find(run({oct, PostKind::ReviewReply}), category::PhiDate, oct, QStringLiteral("Oct. 3")));
        // A family by its name, and the street it comes from.
        const QString family =
            QStringLiteral("We loved seeing the Martinez family from Elm Street for their checkups today!");
        const Findings f = run({family});
        QVERIFY(find(f, category::PhiPerson, family, QStringLiteral("Martinez")));
        QVERIFY(find(f, category::PhiAddress, family, QStringLiteral("Elm Street")));
        QVERIFY(find(f, category::ConsentMissing, family, {}));
        // "Lane" also leads street names in another language; it still ends this one.
        const QString lane =
            QStringLiteral("Shoutout to Jenny from Oakwood Lane, who walked 5k after her knee surgery!");
        QVERIFY(find(run({lane}), category::PhiAddress, lane, QStringLiteral("Oakwood Lane")));
        // Someone's home on a street, and the practice's own place.
        const QString home =
            QStringLiteral("Thanks Raj! Our driver will drop the walker off at your place on Maple Avenue.");
        QVERIFY(find(run({home, PostKind::CommentReply}), category::PhiAddress, home, QStringLiteral("Maple Avenue")));
        // A patient's care home is their address; the practice's visits to a home are not.
        const QString careHome = QStringLiteral("Home visit today for Mr. Lee at Sunnyvale Care Home, Room 12.");
        const Finding* ch = find(run({careHome}), category::PhiAddress, careHome, QStringLiteral("Sunnyvale"));
        QVERIFY(ch);
        QVERIFY(careHome.mid(ch->start, ch->end - ch->start).endsWith(QStringLiteral("Room 12")));
        const QString visits = QStringLiteral("We offer home visits to Sunnyvale Care Home every Tuesday.");
        QVERIFY(!find(run({visits}), category::PhiAddress, visits, {}));
        const QString ourPlace = QStringLiteral("Visit our place on Maple Avenue!");
        QVERIFY(!find(run({ourPlace, PostKind::CommentReply}), category::PhiAddress, ourPlace, {}));
        // "of" is no unit (the street list's Portuguese "Of." needs its full stop); a town that is also a first
        // name continues the address after a unit; "aus" after a named person says where they live.
        for (const auto& [text, address] :
             {std::pair{QStringLiteral("Our patient Ann of 42 Oak Road finished rehab."),
                        QStringLiteral("42 Oak Road")},
              std::pair{QStringLiteral(
                            "Hi Carla, we sent the referral to your home at 55 Pine St, Unit 2, Austin, TX 78701."),
                        QStringLiteral("55 Pine St, Unit 2, Austin, TX 78701")}}) {
            const Findings found = run({text, PostKind::CommentReply});
            const Finding* a = find(found, category::PhiAddress, text, {});
            QVERIFY2(a, qPrintable(text));
            QCOMPARE(text.mid(a->start, a->end - a->start), address);
            QVERIFY(!find(found, category::PhiPerson, text, QStringLiteral("Austin")));
        }
        const QString aus = QStringLiteral("Frau Klein aus Ehrenfeld war heute zur Kontrolle bei uns.");
        QVERIFY(find(run({aus, PostKind::Post, Jurisdiction::DE, QStringLiteral("de")}),
                     category::PhiAddress,
                     aus,
                     QStringLiteral("Ehrenfeld")));
        // A testimonial signed with the town: "— Teresa M., Scarborough".
        const QString signed_ = QStringLiteral("\"The team gave me my confidence back!\" — Teresa M., Scarborough\n\n"
                                               "Teresa came to us with chipped front teeth and left with veneers.");
        QVERIFY(find(run({signed_}), category::PhiAddress, signed_, QStringLiteral("Scarborough")));
        // "im Patientenportal": a noun after a German preposition fused with its article, not a town.
        const QString portal = QStringLiteral("Hallo Herr Schuster, der Login im Patientenportal ist wieder frei.");
        QVERIFY(!find(run({portal, PostKind::ReviewReply, Jurisdiction::DE, QStringLiteral("de")}),
                      category::PhiAddress,
                      portal,
                      {}));
        // …but the practice's own street is no one's address.
        const QString office = QStringLiteral("Our office on Main Street is closed Monday.");
        QVERIFY(categories(run({office})).isEmpty());
        // Spanish honorifics and street prefixes in lower case; "we treated" is care.
        const QString es = QStringLiteral("Ayer atendimos a la señora Rivas, de 72 años, vecina de la calle Mayor 14.");
        const Findings fe = run({es, PostKind::Post, Jurisdiction::US, QStringLiteral("es")});
        QVERIFY(find(fe, category::PhiPerson, es, QStringLiteral("Rivas")));
        QVERIFY(find(fe, category::PhiAddress, es, QStringLiteral("calle Mayor 14")));
        QVERIFY(find(fe, category::ConsentMissing, es, {}));
        // Insurance papers confirm care; treating someone to cake does not.
        const QString card = QStringLiteral("Hi Sam, we mailed your new insurance card to 1420 Walnut Ave.");
        QVERIFY(find(run({card, PostKind::CommentReply}), category::PatientRelationship, card, {}));
        const QString cake = QStringLiteral("Thanks to Maria, who treated us to cupcakes on Friday!");
        QVERIFY(!find(run({cake}), category::ConsentMissing, cake, {}));
    }

    void generalRepliesConfirmNoPatient()
    {
        const QStringList general{
            QStringLiteral("Great question! In general, kids can start with a rice-grain smear of fluoride toothpaste. "
                           "Every child is different, so check with your own pediatric dentist."),
            QStringLiteral("If you'd like to talk to us about your experience, please contact the surgery directly."),
            QStringLiteral("Hi Sunita! Our current wait for a first assessment is about three weeks."),
            // Words inside an e-mail address are no care words.
            QStringLiteral("Feel free to get in touch at info@physio-am-kanal.de and we'll get back to you."),
            // The topic of something the practice published.
            QStringLiteral("We're so happy you found our blog post on sensitive teeth helpful!"),
            // A promise to every reader.
            QStringLiteral("Yes! Our laser eye treatment is completely safe — you'll never need glasses again."),
            // Sent to the reader's insurer.
            QStringLiteral("Great question! Most insurance plans cover two cleanings a year, but check with your "
                           "provider."),
            // Dosing advice answers a question anyone could ask (the advice finding is separate).
            QStringLiteral("Ouch, wisdom teeth are no fun! For the first 2 days you can alternate ibuprofen 600mg and "
                           "acetaminophen 500mg every 3 hours."),
            // A promise to get in touch.
            QStringLiteral("Great question, and we wish we could answer it here! Dosing really depends on weight and "
                           "other meds, so please call our nurse line and a nurse will get back to you today."),
            // The reader's own clinician, with the verb after it.
            QStringLiteral("We're not the right people for asthma – your GP or asthma nurse is the best person to "
                           "talk to."),
        };
        for (const QString& text : general) {
            QVERIFY2(!find(run({text, PostKind::CommentReply}), category::PatientRelationship, text, {}),
                     qPrintable(text));
        }
        // Carrying on with a treatment is someone's.
        const QString keep =
            QStringLiteral("ah thank you lovely! Your stitches come out in 7-10 days, and keep taking the "
                           "co-codamol, 2 tablets 4x a day.");
        QVERIFY(find(run({keep, PostKind::CommentReply}), category::PatientRelationship, keep, {}));
        // Free appointments are offered to anyone; the reader's own findings are theirs.
        const QString freeAppointments =
            QStringLiteral("Hallo Jana, ja, wir haben noch Termine für die Grippeimpfung frei. Rufen Sie einfach an.");
        QVERIFY(!find(run({freeAppointments, PostKind::CommentReply, Jurisdiction::DE, QStringLiteral("de")}),
                      category::PatientRelationship,
                      freeAppointments,
                      {}));
        // What the practice offers anyone.
        const QString offered = QStringLiteral("Was wir anbieten: eine ehrliche Einschätzung im Erstgespräch und "
                                               "einen Plan, der zu Ihnen passt.");
        QVERIFY(!find(run({offered, PostKind::CommentReply, Jurisdiction::DE, QStringLiteral("de")}),
                      category::PatientRelationship,
                      offered,
                      {}));
        const QString own = QStringLiteral("Hallo Jana, Ihr Befund ist frei von Auffälligkeiten.");
        QVERIFY(find(run({own, PostKind::CommentReply, Jurisdiction::DE, QStringLiteral("de")}),
                     category::PatientRelationship,
                     own,
                     {}));
        // A disclaimer sends every reader to their own dentist.
        const QString disclaimer =
            QStringLiteral("Esto es información general; para tu caso, consulta con tu dentista.");
        QVERIFY(!find(run({disclaimer, PostKind::CommentReply, Jurisdiction::US, QStringLiteral("es")}),
                      category::PatientRelationship,
                      disclaimer,
                      {}));
        // An outcome the reader can enjoy again is still their care.
        const QString outcome = QStringLiteral("So pleased the frozen shoulder is loosening up and you can reach the "
                                               "top shelf again!");
        QVERIFY(find(run({outcome, PostKind::ReviewReply}), category::PatientRelationship, outcome, {}));
        // Glad or sorry about how something went: the reader's care, even without "you".
        const QString knee = QStringLiteral("So glad the knee is feeling stronger after our sessions.");
        QVERIFY(find(run({knee, PostKind::ReviewReply}), category::PatientRelationship, knee, {}));
        const QString offer = QStringLiteral("We're glad that our new clinic offers Invisalign now.");
        QVERIFY(!find(run({offer, PostKind::ReviewReply}), category::PatientRelationship, offer, {}));
        // A wait is a visit when it was the reader's.
        const QString wait = QStringLiteral("Mr. Alvarez, we're truly sorry about your wait last Tuesday.");
        QVERIFY(find(run({wait, PostKind::ReviewReply}), category::PatientRelationship, wait, {}));
        // Spanish leaves "you" unsaid; the greeting names the reader.
        const QString es = QStringLiteral("Gracias, Andrés. Sabemos que no fue fácil pedir ayuda para la ansiedad.");
        QVERIFY(find(run({es, PostKind::ReviewReply, Jurisdiction::US, QStringLiteral("es")}),
                     category::PatientRelationship,
                     es,
                     QStringLiteral("ansiedad")));
    }

    void animalWordsDoNotTurnOffPrivacyChecks()
    {
        // "bird-dog exercises" is a physio exercise, not a veterinary practice.
        const QString text = QStringLiteral("Aww thank you Marcus!! So happy your lower back is finally letting you "
                                            "golf again. Don't skip those bird-dog exercises!");
        const Findings f = run({text, PostKind::CommentReply});
        QVERIFY(find(f, category::PhiPerson, text, QStringLiteral("Marcus")));
        QVERIFY(find(f, category::PatientRelationship, text, QStringLiteral("lower back")));
        // A veterinary practice's pet patients are not HIPAA patients.
        const QString vet = QStringLiteral("This potbellied pig came in for a hoof trim today. Thanks, Dana, for "
                                           "bringing him in!");
        QVERIFY(!find(run({vet}), category::PhiPerson, vet, {}));
        // Pets drawn as emoji, breeds and animal clinics say the same.
        for (const QString& pet :
             {QStringLiteral("Thanks, Marcy! Tucker was a star for his dental cleaning. Belly rubs from all of us 🐾"),
              QStringLiteral("Meet Biscuit, a 13-year-old beagle who had a lump removed on Tuesday. Thank you, Carla! "
                             "– Riverbend Animal Clinic")}) {
            QVERIFY2(!find(run({pet, PostKind::ReviewReply}), category::PhiPerson, pet, {}), qPrintable(pet));
        }
        // A child praised as a good girl is still a child.
        const QString child = QStringLiteral("Ava was such a good girl at her first filling today!");
        QVERIFY(find(run({child}), category::PhiPerson, child, QStringLiteral("Ava")));
    }

    void mentionedClaimsDiscountsAndPlacesAreNoFindings()
    {
        const QString myth = QStringLiteral("MYTH: \"Chiropractic adjustments cure ear infections in kids.\"");
        QVERIFY(!find(run({myth}), category::ClaimMisleading, myth, {}));
        const QString quoted = QStringLiteral("No, we don't offer \"painless\" laser tattoo removal.");
        QVERIFY(!find(run({quoted, PostKind::CommentReply}), category::ClaimMisleading, quoted, {}));
        const QString practices = QStringLiteral("Our team completed training on CDC best practices.");
        QVERIFY(!find(run({practices}), category::ClaimMisleading, practices, {}));
        const QString code = QStringLiteral("Use our code SMILE20 at checkout for 20% off.");
        QVERIFY(!find(run({code}), category::AdviceDisclaimer, code, {}));
        const QString hours = QStringLiteral("Geben Sie Kindern alle 6 Stunden 10 mg Ibuprofen pro kg.");
        QVERIFY(!find(
            run({hours, PostKind::Post, Jurisdiction::DE, QStringLiteral("de")}), category::PhiAddress, hours, {}));
        // …while "#1" after the clinic is a claim in Spanish too.
        const QString es = QStringLiteral("Somos la clínica dental #1 de Houston.");
        QVERIFY(find(run({es, PostKind::Post, Jurisdiction::US, QStringLiteral("es")}),
                     category::ClaimMisleading,
                     es,
                     QStringLiteral("#1")));
    }

    void findingsCoverTheWholePassage()
    {
        // The consent finding spans the story; the sponsorship finding spans gift and code.
        const QString story = QStringLiteral("Composite bonding transformation for the lovely Chloe. Six teeth, one "
                                             "appointment, and she's finally ready for her wedding!");
        const Finding* consent = find(run({story}), category::ConsentMissing, story, {});
        QVERIFY(consent);
        QVERIFY(story.mid(consent->start, consent->end - consent->start).contains(QStringLiteral("Chloe")));
        QVERIFY(story.mid(consent->start, consent->end - consent->start).contains(QStringLiteral("wedding")));
        const QString sponsor = QStringLiteral("Our hygienists love the SonaPulse Pro. Huge thanks to the SonaPulse "
                                               "team for sending a box! Use code BRIGHT15 for 15% off.");
        const Finding* ad = find(run({sponsor}), category::EndorsementUndisclosed, sponsor, {});
        QVERIFY(ad);
        QVERIFY(sponsor.mid(ad->start, ad->end - ad->start).contains(QStringLiteral("sending")));
        QVERIFY(sponsor.mid(ad->start, ad->end - ad->start).contains(QStringLiteral("BRIGHT15")));
        // An address right after "at" is where someone was, not a business.
        const QString visit = QStringLiteral("Dear Sophie, treating your father at Gneisenaustraße 41 kept us fit.");
        QVERIFY(find(run({visit, PostKind::ReviewReply, Jurisdiction::DE}),
                     category::PhiAddress,
                     visit,
                     QStringLiteral("Gneisenaustraße 41")));
    }

    void rewardsForReviews()
    {
        // A reward that depends on praise is a blocker, any other reward for a review a warning; a disclosure
        // cures neither.
        const QString praise = QStringLiteral("#ad Leave us a 5-star Google review this month and we'll take $25 off "
                                              "your next cleaning!");
        const Finding* p = find(run({praise}), category::EndorsementUndisclosed, praise, QStringLiteral("5-star"));
        QVERIFY(p);
        QCOMPARE(p->ruleId, QStringLiteral("endorsement.undisclosed.incentive.positive"));
        QCOMPARE(p->severity, Severity::Blocker);
        QVERIFY(p->source.contains(QStringLiteral("465.4")));
        const QString draw = QStringLiteral("Leave us a review and be entered into our draw for a $50 gift card!");
        const Finding* d = find(run({draw}), category::EndorsementUndisclosed, draw, QStringLiteral("gift card"));
        QVERIFY(d);
        QCOMPARE(d->ruleId, QStringLiteral("endorsement.undisclosed.incentive"));
        QCOMPARE(d->severity, Severity::Warning);
        const QString de =
            QStringLiteral("Bewerten Sie uns bei Google und erhalten Sie als Dankeschön einen Gutschein!");
        QVERIFY(find(run({de, PostKind::Post, Jurisdiction::DE, QStringLiteral("de")}),
                     category::EndorsementUndisclosed,
                     de,
                     QStringLiteral("Gutschein")));
        // One finding for a discount given for a review, not a second one for sponsorship.
        const QString es = QStringLiteral("Déjanos una reseña en Google y recibe 10% de descuento.");
        const Findings fe = run({es, PostKind::Post, Jurisdiction::US, QStringLiteral("es")});
        QCOMPARE(std::count_if(fe.begin(),
                               fe.end(),
                               [](const Finding& f) { return f.category == category::EndorsementUndisclosed; }),
                 1);
        // Asking for honest reviews, and offers that have nothing to do with a review, are fine.
        for (const QString& fine : {QStringLiteral("Feel free to leave us a review on Google!"),
                                    QStringLiteral("Seniors get 10% off every cleaning. Leave us a review!"),
                                    QStringLiteral("We review your x-rays for free at every check-up.")}) {
            QVERIFY2(!find(run({fine}), category::EndorsementUndisclosed, fine, {}), qPrintable(fine));
        }
    }

    void someonesPhoneIsFlaggedThePracticesIsNot()
    {
        const QString reply = QStringLiteral("Hi Tobias! We'll text the full report to 615-555-0118 tomorrow.");
        const Finding* phone =
            find(run({reply, PostKind::CommentReply}), category::PhiPhone, reply, QStringLiteral("615"));
        QVERIFY(phone);
        QCOMPARE(reply.mid(phone->start, phone->end - phone->start), QStringLiteral("615-555-0118"));
        const QString post = QStringLiteral("New patients welcome! Call us at (312) 555-0148 to book.");
        QVERIFY(!find(run({post}), category::PhiPhone, post, {}));
        const QString fax = QStringLiteral("We faxed your prescription to (956) 555-0149 this morning.");
        QVERIFY(find(run({fax, PostKind::ReviewReply}), category::PhiFax, fax, QStringLiteral("555-0149")));
        // Labelled fields of someone's details belong to that person, on the same line or the next.
        for (const QString& record : {QStringLiteral("Name: Toshimi Arata\nPhone: 0490 75 40 81"),
                                      QStringLiteral("Einar Sousa\n\nPhone:\n201-948-1927")}) {
            QVERIFY2(find(run({record}), category::PhiPhone, record, {}), qPrintable(record));
        }
        // …while the practice's own contact block is not.
        const QString ours = QStringLiteral("Book your check-up with our team!\nPhone: (312) 555-0148");
        QVERIFY(!find(run({ours}), category::PhiPhone, ours, {}));
    }

    void identifiersAlwaysFlagged()
    {
        const QString text = QStringLiteral("Your SSN 412-68-3390 and Medicare number 3RK7-WD2-NP48 are on file.");
        const Findings f = run({text, PostKind::CommentReply});
        QVERIFY(find(f, category::PhiId, text, QStringLiteral("412-68-3390")));
        QVERIFY(find(f, category::PhiId, text, QStringLiteral("3RK7-WD2-NP48")));
    }

    void codesAnnouncedByTheirKeyword()
    {
        const QList<QPair<QString, QString>> cases{
            {QStringLiteral("We refunded it to account BH-20931 today."), QStringLiteral("phi.id.mrn")},
            {QStringLiteral("Your claim, WC-448120-ID, is approved."), QStringLiteral("phi.id.mrn")},
            {QStringLiteral("The pre-authorization (ref. PA-55821930) came through."), QStringLiteral("phi.id.mrn")},
            {QStringLiteral("Your hearing aid (serial 22K48-0917) is on its way back."),
             QStringLiteral("phi.id.device")},
        };
        for (const auto& [text, rule] : cases) {
            const Finding* f = find(run({text, PostKind::ReviewReply}), category::PhiId, text, {});
            QVERIFY2(f, qPrintable(text));
            QCOMPARE(f->ruleId, rule);
        }
        // A plain small number after a comma is no code.
        const QString order = QStringLiteral("Your order, 4412, shipped today.");
        QVERIFY(!find(run({order, PostKind::ReviewReply}), category::PhiId, order, {}));
    }

    void datesAndAgesOfIndividuals()
    {
        const QString reply = QStringLiteral("Ms. Jablonski, your lab results from September 30 are in.");
        QVERIFY(find(run({reply, PostKind::ReviewReply}), category::PhiDate, reply, QStringLiteral("September 30")));
        // Birth dates have their own rule; a visit's date is a plain date.
        const QString visit = QStringLiteral("Hi Maria, your appointment on the 21st is confirmed.");
        const Finding* v = find(run({visit, PostKind::ReviewReply}), category::PhiDate, visit, QStringLiteral("21st"));
        QVERIFY(v);
        QCOMPARE(v->ruleId, QStringLiteral("phi.date"));
        const QString born = QStringLiteral("Happy birthday, Maria! Born 4/12/1961 and still running marathons.");
        const Finding* b = find(run({born, PostKind::ReviewReply}), category::PhiDate, born, QStringLiteral("1961"));
        QVERIFY(b);
        QCOMPARE(b->ruleId, QStringLiteral("phi.date.birth"));
        // An event date is not about anyone.
        const QString event = QStringLiteral("Open day on Saturday 11 October, 10:00–14:00. Everyone welcome!");
        QVERIFY(!find(run({event}), category::PhiDate, event, {}));
        const QString age = QStringLiteral("Our oldest patient turned 104 this week!");
        const Finding* a = find(run({age}), category::PhiAge, age, QStringLiteral("104"));
        QVERIFY(a);
        QCOMPARE(a->severity, Severity::Blocker); // over 89
        // The practice's own birthday.
        const QString ours = QStringLiteral("Happy 10th birthday to our practice! Thank you to all our patients.");
        QVERIFY(!find(run({ours}), category::PhiAge, ours, {}));
        const QString policy = QStringLiteral("Dr. Lehmann sees children from age three. Call us to book.");
        QVERIFY(!find(run({policy}), category::PhiAge, policy, {}));
    }

    void practiceDetailsAndStaffInMoreWords()
    {
        struct Clean
        {
            QString text;
            PostKind kind;
            QString lang;
        };
        const QList<Clean> clean{
            // A private network address is the same in every building.
            {QStringLiteral("And yes, the guest Wi-Fi login page is 192.168.10.1, password is on the front desk."),
             PostKind::CommentReply,
             QStringLiteral("en")},
            // The practice's contacts, in Spanish.
            {QStringLiteral(
                 "Lamentamos su experiencia. Por favor, comuníquese con nuestra gerente, la Sra. Paredes, al "
                 "(505) 555-0107 o a gerencia@clinicadelvalle.com."),
             PostKind::ReviewReply,
             QStringLiteral("es")},
            {QStringLiteral(
                 "Por respeto a la privacidad, no hablamos de tratamientos en línea. Con gusto le atendemos al "
                 "(915) 555-0139."),
             PostKind::ReviewReply,
             QStringLiteral("es")},
            // An emergency number after "Call" is no street.
            {QStringLiteral("If your child has a fever and a rash, keep them home. Call 111, or 999 in an emergency."),
             PostKind::Post,
             QStringLiteral("en")},
            // Staff ages, and a new colleague's short name.
            {QStringLiteral(
                 "Meet Hope, our newest dental nurse! Hope joins us from Sheffield and turns 21 this week, so "
                 "wish her a happy birthday."),
             PostKind::Post,
             QStringLiteral("en")},
            {QStringLiteral(
                 "Happy 40th birthday to our hygienist Grace Obi! Grace has been polishing teeth here for 12 "
                 "years."),
             PostKind::Post,
             QStringLiteral("en")},
            {QStringLiteral(
                 "¡Les presentamos a Guadalupe Torres, nuestra nueva asistente dental! Lupita es de Oaxaca y le "
                 "encanta bailar cumbia. ¡Bienvenida al equipo!"),
             PostKind::Post,
             QStringLiteral("es")},
        };
        for (const Clean& c : clean) {
            const Findings f = run({c.text, c.kind, Jurisdiction::US, c.lang});
            QVERIFY2(std::none_of(f.cbegin(), f.cend(), [](const Finding& x) { return x.severity != Severity::Info; }),
                     qPrintable(c.text + QLatin1String(" → ") + categories(f, true).join(u' ')));
        }
        // A public address is still someone's.
        const QString ip = QStringLiteral("Hi Tom, our logs show your login from 203.0.113.54 last night.");
        QVERIFY(find(run({ip, PostKind::CommentReply}), category::PhiIp, ip, QStringLiteral("203.0.113.54")));
        // "our littlest superstar, Hope …" names a patient, not staff.
        const QString hope = QStringLiteral("Happy 1st birthday to our littlest superstar, Hope Delacroix-Ruiz!");
        const Findings fh = run({hope});
        QVERIFY(find(fh, category::PhiPerson, hope, QStringLiteral("Hope Delacroix")));
        QVERIFY(find(fh, category::PhiAge, hope, QStringLiteral("1st birthday")));
    }

    void readersToysStatesAndCheckUps()
    {
        // A child's toy animal does not make the practice a vet; a street we drop something off at is theirs.
        const QString bunny = QStringLiteral("Found it!! Lily's bunny was under the exam table. We can drop it off at "
                                             "88 Cedar Ct on our way home.");
        const Findings fb = run({bunny, PostKind::CommentReply});
        QVERIFY(find(fb, category::PhiPerson, bunny, QStringLiteral("Lily")));
        QVERIFY(find(fb, category::PhiAddress, bunny, QStringLiteral("88 Cedar Ct")));
        // "Sí" opens a reply without naming anyone; "Dana, our portal team checked" names the reader.
        const QString si = QStringLiteral("¡Sí! Gracias por preguntar.");
        QVERIFY(!find(
            run({si, PostKind::CommentReply, Jurisdiction::US, QStringLiteral("es")}), category::PhiPerson, si, {}));
        const QString dana = QStringLiteral("Dana, our portal team checked: your MRI results haven't been viewed.");
        QVERIFY(find(run({dana, PostKind::CommentReply}), category::PhiPerson, dana, QStringLiteral("Dana")));
        // Pain-free again is the reader's state; pain-free after one session is a promise.
        const QString state = QStringLiteral(
            "Vielen Dank, Herr Yılmaz! Schön, dass Sie nach der Wurzelbehandlung wieder schmerzfrei kauen können.");
        QVERIFY(!find(run({state, PostKind::ReviewReply, Jurisdiction::DE, QStringLiteral("de")}),
                      category::ClaimMisleading,
                      state,
                      {}));
        const QString promise = QStringLiteral("Thanks Jo! After one session you'll be pain-free again, guaranteed.");
        QVERIFY(find(run({promise, PostKind::ReviewReply}), category::ClaimMisleading, promise, {}));
        // German children's check-ups (U1–U11, J1, J2) are care.
        const QString u7 = QStringLiteral("Danke, Familie Petrov! Mila hat sich bei der U7 wirklich super geschlagen.");
        QVERIFY(find(run({u7, PostKind::ReviewReply, Jurisdiction::DE, QStringLiteral("de")}),
                     category::PatientRelationship,
                     u7,
                     {}));
    }

    void interjectionsNamesAndThanks()
    {
        const QString aww = QStringLiteral("Aww, thank you Priya! We loved meeting little Aarav at his checkup.");
        const Findings fa = run({aww, PostKind::ReviewReply});
        QVERIFY(!find(fa, category::PhiPerson, aww, QStringLiteral("Aww")));
        QVERIFY(find(fa, category::PhiPerson, aww, QStringLiteral("Priya")));
        const QString many = QStringLiteral("Professional cleaning is often not covered, but many Krankenkassen give a "
                                            "subsidy if you ask.");
        QVERIFY(!find(run({many}), category::PhiPerson, many, {}));
        const QString mark = QStringLiteral("Thanks so much for the 5 stars, Mark! We're thrilled your root canal went "
                                            "smoothly.");
        QVERIFY(find(run({mark, PostKind::ReviewReply}), category::PhiPerson, mark, QStringLiteral("Mark")));
        const QString aged = QStringLiteral("Fitting your new hearing aids at 94 was the highlight of our week.");
        QVERIFY(find(run({aged, PostKind::ReviewReply}), category::PhiAge, aged, QStringLiteral("94")));
        // German puts the verb of a dose last.
        const QString dose = QStringLiteral("Bei Sodbrennen einfach 20 mg Omeprazol morgens vor dem Frühstück nehmen.");
        QVERIFY(find(run({dose, PostKind::CommentReply, Jurisdiction::DE, QStringLiteral("de")}),
                     category::AdviceDisclaimer,
                     dose,
                     {}));
        // An account thanked for what the practice got is a brand; a patient thanked for kind words gave no gift.
        const QString brand =
            QStringLiteral("Huge thanks to @BrightBite UK for our new whitening kits! 15% off with code SMILEYORK!");
        const Findings fb = run({brand});
        QVERIFY(!find(fb, category::PhiPerson, brand, {}));
        QVERIFY(find(fb, category::EndorsementUndisclosed, brand, {}));
        const QString kind = QStringLiteral("Huge thanks to @jenny.runs for the kind words after her knee rehab!");
        const Findings fk = run({kind});
        QVERIFY(find(fk, category::PhiPerson, kind, QStringLiteral("@jenny")));
        QVERIFY(!find(fk, category::EndorsementUndisclosed, kind, {}));
    }

    void screenNamesGrandparentsAndTherapies()
    {
        // A reply that answers a review by its screen name.
        const QString moniker = QStringLiteral(
            "SkinnyLatte88, we're sorry the biopsy results took longer than expected. Your margins were clear.");
        QVERIFY(
            find(run({moniker, PostKind::ReviewReply}), category::PhiPerson, moniker, QStringLiteral("SkinnyLatte88")));
        const QString covid = QStringLiteral("COVID19, flu and RSV vaccines are available now.");
        QVERIFY(!find(run({covid, PostKind::ReviewReply}), category::PhiPerson, covid, {}));
        // Grandparents by their family word, and therapy programmes by their abbreviation.
        const QString ray =
            QStringLiteral("Aww thanks Jo! Freddie was a superstar at his hip check, say hi to Grandad Ray!");
        QVERIFY(find(run({ray, PostKind::CommentReply}), category::PhiPerson, ray, QStringLiteral("Ray")));
        const QString dbt = QStringLiteral("Sam, so proud of you for finishing the 12-week DBT group!");
        QVERIFY(find(run({dbt, PostKind::CommentReply}), category::PatientRelationship, dbt, {}));
        const QString gone = QStringLiteral("After one session the pain is gone. Book now!");
        QVERIFY(find(run({gone}), category::ClaimMisleading, gone, QStringLiteral("pain is gone")));
    }

    void patientsNamedOutrightAndSentDetails()
    {
        // A reply that calls someone "our patient" confirms it, care words or not.
        const QString tomas = QStringLiteral("¡Qué orgullo! Sigan a nuestro paciente Tomás en TikTok.");
        QVERIFY(find(run({tomas, PostKind::CommentReply, Jurisdiction::US, QStringLiteral("es")}),
                     category::PatientRelationship,
                     tomas,
                     QStringLiteral("nuestro paciente")));
        const QString hope = QStringLiteral("Hope came to every single weight check with her mama Lucia.");
        QVERIFY(find(run({hope}), category::PatientRelationship, hope, QStringLiteral("weight check")));
        // An address something was e-mailed to is the recipient's.
        const QString mail = QStringLiteral("We've emailed gracie.bamford@btinternet.com with an emergency slot.");
        QVERIFY(find(run({mail, PostKind::ReviewReply}), category::PhiEmail, mail, QStringLiteral("gracie")));
        // "the new @PearlGlow brush" is a product.
        const QString product = QStringLiteral("Our team loves the new @PearlGlow Sonic Pro brush!");
        QVERIFY(!find(run({product}), category::PhiPerson, product, {}));
    }

    void germanSheSpanishDiminutivesAndMoves()
    {
        // German lower-case "sie" is "she": the age is hers.
        const QString de = QStringLiteral("Herzlichen Glückwunsch, Frau Hildegard Brenner! Mit 91 Jahren hat sie ihre "
                                          "neue Hüfte nach nur sechs Wochen Reha bei uns schon fast vergessen.");
        QVERIFY(find(run({de, PostKind::Post, Jurisdiction::DE, QStringLiteral("de")}),
                     category::PhiAge,
                     de,
                     QStringLiteral("91 Jahren")));
        // "nuestra pacientita", "cumpleaños número 7", and a discount is no dose.
        const QString es = QStringLiteral("¡Feliz cumpleaños número 7 a nuestra pacientita Xiomara!");
        const Findings fe = run({es, PostKind::Post, Jurisdiction::US, QStringLiteral("es")});
        QVERIFY(find(fe, category::PhiAge, es, QStringLiteral("cumpleaños número 7")));
        QVERIFY(find(fe, category::PatientRelationship, es, QStringLiteral("pacientita")));
        const QString code = QStringLiteral("Use nuestro código VISTA10 para un 10% de descuento.");
        QVERIFY(!find(
            run({code, PostKind::Post, Jurisdiction::US, QStringLiteral("es")}), category::AdviceDisclaimer, code, {}));
        // Both ends of a patient's move; a country greeted is no person.
        const QString move = QStringLiteral("Welcome to Germany, Chloe! Our newest patient moved from Austin to "
                                            "Schwabing last month.");
        const Findings fm = run({move});
        QVERIFY(find(fm, category::PhiAddress, move, QStringLiteral("Austin")));
        QVERIFY(find(fm, category::PhiAddress, move, QStringLiteral("Schwabing")));
        QVERIFY(!find(fm, category::PhiPerson, move, QStringLiteral("Germany")));
    }

    void agesAndDatesSaidInPassing()
    {
        struct Case
        {
            QString text;
            PostKind kind;
            QString age;
        };
        const QList<Case> ages{
            {QStringLiteral("Hi Tom, at 67 your hip is healing right on schedule."),
             PostKind::CommentReply,
             QStringLiteral("at 67")},
            {QStringLiteral("Thanks Margaret! Not bad for 84, as you said at your last visit."),
             PostKind::ReviewReply,
             QStringLiteral("for 84")},
            {QStringLiteral("Happy birthday to Mrs. Alvarez, 90 today, a patient of ours since 1985!"),
             PostKind::Post,
             QStringLiteral("90")},
            {QStringLiteral("Your son is only 9, so we'd wait before starting braces."),
             PostKind::CommentReply,
             QStringLiteral("9")},
        };
        for (const Case& c : ages) {
            QVERIFY2(find(run({c.text, c.kind}), category::PhiAge, c.text, c.age), qPrintable(c.text));
        }
        // Clock times, counts and house numbers after "at" and "for" are no ages.
        for (const QString& text :
             {QStringLiteral("Hi Tom, at 10 your room will be ready."),
              QStringLiteral("Thanks for 25 wonderful years, Margaret!"),
              QStringLiteral("Hi Tom, we moved to 30 Main Street, at 30 Main Street you find us.")}) {
            QVERIFY2(!find(run({text, PostKind::CommentReply}), category::PhiAge, text, {}), qPrintable(text));
        }
        // An unnamed patient's story ties its dates and ages to that patient; a rule for every child does not.
        const QString story = QStringLiteral("A 10-year-old came in on Saturday 4 May with a knocked-out tooth.");
        const Findings fs = run({story});
        QVERIFY(find(fs, category::PhiAge, story, QStringLiteral("10-year-old")));
        QVERIFY(find(fs, category::PhiDate, story, QStringLiteral("4 May")));
        const QString teacher = QStringLiteral("We replaced a crown for a teacher on 5/6 who had waited 3 years.");
        QVERIFY(find(run({teacher}), category::PhiDate, teacher, QStringLiteral("5/6")));
        const QString rule = QStringLiteral("Every 10-year-old should have a check-up on their birthday.");
        QVERIFY(!find(run({rule}), category::PhiAge, rule, {}));
        // In a reply the practice may speak of the reader's treatment: the date is theirs.
        const QString es = QStringLiteral("Gracias, Luis. Nos alegra que la extracción del 12 de marzo saliera bien.");
        QVERIFY(find(run({es, PostKind::ReviewReply, Jurisdiction::US, QStringLiteral("es")}),
                     category::PhiDate,
                     es,
                     QStringLiteral("12 de marzo")));
        const QString ours = QStringLiteral("Thanks, Luis! From 1 September we're opening online booking.");
        QVERIFY(!find(run({ours, PostKind::ReviewReply}), category::PhiDate, ours, {}));
    }

    void addressesOfPatients()
    {
        const QString reply = QStringLiteral("Your orthotics shipped today to 915 E Glenn St, Tucson 85719.");
        const Finding* a =
            find(run({reply, PostKind::ReviewReply}), category::PhiAddress, reply, QStringLiteral("Glenn"));
        QVERIFY(a);
        QVERIFY(reply.mid(a->start, a->end - a->start).contains(QStringLiteral("85719")));
        const QString ours = QStringLiteral("Our new office: 2140 N Clark St, Chicago. See you there!");
        QVERIFY(!find(run({ours}), category::PhiAddress, ours, {}));
        // Where the practice visits the reader at home; a post offering home visits to an area names no one.
        const QString visit = QStringLiteral("Hi Pete, our physio will come out to you at Trevarno Farm, Constantine.");
        const Finding* v = find(run({visit, PostKind::ReviewReply}), category::PhiAddress, visit, {});
        QVERIFY(v);
        QCOMPARE(visit.mid(v->start, v->end - v->start), QStringLiteral("Trevarno Farm, Constantine"));
        // The reader's way to the practice starts at home, also from a town a street look let go.
        const QString drive =
            QStringLiteral("Hi Ann, we hope the drive in from Much Wenlock wasn't too tiring — see you soon.");
        QVERIFY(find(run({drive, PostKind::ReviewReply}), category::PhiAddress, drive, QStringLiteral("Much Wenlock")));
        const QString moved = QStringLiteral("Hi Ann, we moved here from Kenosha too!");
        QVERIFY(!find(run({moved, PostKind::ReviewReply}), category::PhiAddress, moved, {}));
        const QString area = QStringLiteral("Our mobile physio can come out to you in Truro and Falmouth.");
        QVERIFY(!find(run({area}), category::PhiAddress, area, {}));
        // A flat is someone's home, even where a business speaks; a suite is an office.
        const QString flat = QStringLiteral("Our offices are located at 971 Kesk 53, Apt. 343, Pärnu");
        QVERIFY(find(run({flat}), category::PhiAddress, flat, QStringLiteral("Apt")));
        const QString suite = QStringLiteral("Our offices are located at 971 Kesk 53, Suite 343, Pärnu");
        QVERIFY(!find(run({suite}), category::PhiAddress, suite, {}));
    }

    void addressShapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("covered"); // must lie inside the finding
        QTest::newRow("building and house number")
            << QStringLiteral("Mail it to 3369 24 Clarke Avenue, please.") << QStringLiteral("3369 24 Clarke Avenue");
        QTest::newRow("post box") << QStringLiteral("Meet me at P.O. Box 149, Pituffik")
                                  << QStringLiteral("P.O. Box 149");
        QTest::newRow("military") << QStringLiteral("Ship to PSC 0413, Box 8144 APO AA 42323")
                                  << QStringLiteral("PSC 0413, Box 8144 APO AA 42323");
        QTest::newRow("corner") << QStringLiteral("Stop at the corner of 3744 Retreat Avenue and Walnut Route.")
                                << QStringLiteral("3744 Retreat Avenue and Walnut Route");
        QTest::newRow("prefix with particle") << QStringLiteral("She lives at 86036 Rua do Arenque 1634, Goiânia")
                                              << QStringLiteral("Rua do Arenque 1634");
        QTest::newRow("lower-case prefix")
            << QStringLiteral("Billing address: ul. Słowicza 10") << QStringLiteral("ul. Słowicza 10");
        QTest::newRow("unit after a name") << QStringLiteral("Mrs. Barbara Yudina Apt. 675 62314 Mellemvej 32")
                                           << QStringLiteral("Apt. 675 62314 Mellemvej 32");
        QTest::newRow("military unit") << QStringLiteral("Send it to Unit 8524 Box 0979\nDPO AA 56703")
                                       << QStringLiteral("Unit 8524 Box 0979\nDPO AA 56703");
        QTest::newRow("ship") << QStringLiteral("I'll meet you at USS Mahler\nFPO AA 70489 after the concert.")
                              << QStringLiteral("USS Mahler\nFPO AA 70489");
        QTest::newRow("ship in lower case")
            << QStringLiteral("may i have the statement sent to uscgc aslakhanov\nfpo ae 44941")
            << QStringLiteral("uscgc aslakhanov\nfpo ae 44941");
        QTest::newRow("naval vessel") << QStringLiteral("What is your address? it is USNV Vincent\nFPO AA 68422")
                                      << QStringLiteral("USNV Vincent\nFPO AA 68422");
        QTest::newRow("street word leading a name") << QStringLiteral("Please validate 2456 Rue de Virton 38, Ettelgem")
                                                    << QStringLiteral("2456 Rue de Virton 38");
        QTest::newRow("where someone grew up")
            << QStringLiteral("Mr. Manning is 85 and grew up in Shelly Park.") << QStringLiteral("Shelly Park");
        QTest::newRow("lower-case street word leading a name")
            << QStringLiteral("Verda lives on 33 avenue de Provence street.")
            << QStringLiteral("33 avenue de Provence");
        QTest::newRow("Italian particle") << QStringLiteral("Send it to 2274 Via delle Coste 41, Colle di Tora")
                                          << QStringLiteral("2274 Via delle Coste 41");
        QTest::newRow("hyphenated street") << QStringLiteral("She gave me her address: 049 Langeskov-Centret 83")
                                           << QStringLiteral("049 Langeskov-Centret 83");
        QTest::newRow("where the writer is")
            << QStringLiteral("I am in Sutri for a business trip") << QStringLiteral("Sutri");
        QTest::newRow("name before a street word")
            << QStringLiteral("Dr. Amrein kommt zum Verbandswechsel bei Ihrem Mann in die Bergheimer Straße 87.")
            << QStringLiteral("Bergheimer Straße 87");
        QTest::newRow("where someone travels")
            << QStringLiteral("Mr. Leiva flew to LEPPEN on Tuesday morning.") << QStringLiteral("LEPPEN");
        QTest::newRow("the writer's town in capitals")
            << QStringLiteral("I'm in ÖSTERSKÄR, at the conference") << QStringLiteral("ÖSTERSKÄR");
        QTest::newRow("corner with a foreign street ending")
            << QStringLiteral("Please update my address to the corner of Csabai kapu 39. and Mathias Pass")
            << QStringLiteral("Csabai kapu 39. and Mathias Pass");
        QTest::newRow("town in lower case")
            << QStringLiteral("my friend lives in harburg") << QStringLiteral("harburg");
        QTest::newRow("name and number where someone lives")
            << QStringLiteral("Trivo lives on Grössgstötten 50 street.") << QStringLiteral("Grössgstötten 50");
        QTest::newRow("town after 'in'") << QStringLiteral("Mrs. Kaya lives at Lindenweg 7 in Gröbenzell.")
                                         << QStringLiteral("Lindenweg 7 in Gröbenzell");
        // A street word ("Lane", "Avenue") is a place, not the practice speaking.
        QTest::newRow("street word only") << QStringLiteral("217 Lovers Lane") << QStringLiteral("217 Lovers Lane");
    }

    void addressShapes()
    {
        QFETCH(QString, text);
        QFETCH(QString, covered);
        const Findings f = run({text});
        const Finding* a = find(f, category::PhiAddress, text, {});
        QVERIFY2(a, qPrintable(categories(f, true).join(u' ')));
        const qsizetype at = text.indexOf(covered);
        QVERIFY(a->start <= at && a->end >= at + covered.size());
        // The name before the address stays a name of its own.
        QVERIFY(!find(f, category::PhiPerson, text, QStringLiteral("Apt")));
    }

    void addressBlocks()
    {
        // Quote and list markers at the start of a line do not end an address.
        const QString quoted = QStringLiteral("> Mijail C Adomo\n> Asc Partners\n> 935 69 Gordon Terrace\n> Suite "
                                              "828\n> BASHALL TOWN\n> United Kingdom 89800");
        const Finding* q = find(run({quoted}), category::PhiAddress, quoted, {});
        QVERIFY(q);
        QCOMPARE(quoted.mid(q->start, q->end - q->start),
                 QStringLiteral("935 69 Gordon Terrace\n> Suite 828\n> BASHALL TOWN\n> United Kingdom 89800"));
        const QString bullets = QStringLiteral("Ship to:\n• 12 Oak Road\n• Apt. 4\n• Leeds LS6 2AB");
        const Finding* b = find(run({bullets}), category::PhiAddress, bullets, {});
        QVERIFY(b);
        QVERIFY(bullets.mid(b->start, b->end - b->start).endsWith(QStringLiteral("LS6 2AB")));
        // A name no list knows, on its own line above a company and an address, is the addressee.
        const QString card =
            QStringLiteral("Hafþór Smárason\nJohnson Inc.\n4923 Parmova 109\nSuite 380\nMaribor\nSlovenia 82709");
        const Findings fc = run({card});
        QVERIFY(find(fc, category::PhiPerson, card, QStringLiteral("Hafþór Smárason")));
        const Finding* c = find(fc, category::PhiAddress, card, QStringLiteral("4923"));
        QVERIFY(c);
        QVERIFY(card.mid(c->start, c->end - c->start).endsWith(QStringLiteral("82709")));
        // A name line with particles; the same name written twice is the same person both times.
        const QString particles =
            QStringLiteral(">Tzigane Lantos\n>Fritz-Armstrong\n>Tzigane Lantos\n>76556 29 Rue de Tanger\n"
                           ">Suite 399\n\nDyan van Gijn\n\n864 Piazzetta Scalette Rubiani 104\n Apt. 905\n Serradarce");
        const Findings fp = run({particles});
        QVERIFY(find(fp, category::PhiPerson, particles, QStringLiteral("Dyan van Gijn")));
        int lantos = 0;
        for (const Finding& x : fp) {
            lantos += x.category == category::PhiPerson
                      && particles.mid(x.start, x.end - x.start) == QStringLiteral("Tzigane Lantos");
        }
        QCOMPARE(lantos, 2);
        // Each line of a card is a piece: a town, then a country of two words with its postcode, after a blank
        // line too; a town's name may hold a particle; Canadian postcodes have letters and digits.
        const QList<QPair<QString, QString>> tails{
            {QStringLiteral("Debra Neal\n\n3536 1659 Hoog St\n Apt. 839\n Brakpan\n South Africa 70651"),
             QStringLiteral("South Africa 70651")},
            {QStringLiteral("William Hughes\n\n20789 Allika 46\n Suite 501\n Riisa\n\n Estonia 62488"),
             QStringLiteral("Estonia 62488")},
            {QStringLiteral("4596 Tylova 285\n Suite 578\n Ostrov nad Ohrí\n Czech Republic 56655"),
             QStringLiteral("Ostrov nad Ohrí\n Czech Republic 56655")},
            {QStringLiteral("Billing address: Tintin Forsberg\n 2437 Main St Suite 442\n Mill Village\n NS\n B0J 2H0"),
             QStringLiteral("NS\n B0J 2H0")},
        };
        for (const auto& [tail, end] : tails) {
            const Finding* t = find(run({tail}), category::PhiAddress, tail, {});
            QVERIFY2(t, qPrintable(tail));
            QVERIFY2(tail.mid(t->start, t->end - t->start).endsWith(end), qPrintable(tail));
        }
        // "South Africa" is a country, not a person called Africa.
        const QString country = QStringLiteral("Our hygienist Thandi grew up in South Africa.");
        QVERIFY(!find(run({country}), category::PhiPerson, country, QStringLiteral("Africa")));
        // The practice's own card and a staff member's name above it stay unflagged.
        for (const QString& ours : {QStringLiteral("Visit us!\nBright Smile Dental\n12 Main Street\nSpringfield"),
                                    QStringLiteral("Dr. Jane Okafor\nBright Smile Dental\n12 Main Street")}) {
            const Findings fo = run({ours});
            QVERIFY2(!find(fo, category::PhiAddress, ours, {}), qPrintable(ours));
            QVERIFY2(!find(fo, category::PhiPerson, ours, {}), qPrintable(ours));
        }
    }

    void notAddresses()
    {
        for (const QString& text : {QStringLiteral("Guilty Pleasures: 5 Musicians Of The 70s You Secretly Love"),
                                    QStringLiteral("Chest pain? Don't wait, call 911 now.")}) {
            QVERIFY2(!find(run({text}), category::PhiAddress, text, {}), qPrintable(text));
        }
        // A count after a name is no house number; an acronym in capitals is no town.
        for (const QString& text : {QStringLiteral("My sister lives at Oak 5 minutes from here."),
                                    QStringLiteral("I'm in HIPAA training all day.")}) {
            QVERIFY2(!find(run({text}), category::PhiAddress, text, {}), qPrintable(text));
        }
        const QString ahcccs = QStringLiteral("Sra. Robles, su número de AHCCCS aparece inactivo.");
        QVERIFY(!find(run({ahcccs, PostKind::ReviewReply, Jurisdiction::US, QStringLiteral("es")}),
                      category::PhiAddress,
                      ahcccs,
                      {}));
        // "alle" is a street ending in Danish and a word in German.
        // A street ending that is a word of the post, with no name before it; a count in a sentence with capitals;
        // a month after "im".
        const QString dale = QStringLiteral("Dale 5 mL de acetaminofén cada 4 a 6 horas.");
        const Findings fd = run({dale, PostKind::Post, Jurisdiction::US, QStringLiteral("es")});
        QVERIFY(!find(fd, category::PhiAddress, dale, {}));
        QVERIFY(find(fd, category::AdviceDisclaimer, dale, QStringLiteral("Dale")));
        for (const QString& text : {QStringLiteral("Ring 111 if you're worried about a rash."),
                                    QStringLiteral("¡Claro! La caída del cabello mejora en 3 sesiones.")}) {
            QVERIFY2(!find(run({text, PostKind::CommentReply}), category::PhiAddress, text, {}), qPrintable(text));
        }
        const QString month = QStringLiteral("Schön, dass die Wurzelbehandlung im März gut verheilt ist.");
        QVERIFY(!find(run({month, PostKind::ReviewReply, Jurisdiction::DE, QStringLiteral("de")}),
                      category::PhiAddress,
                      month,
                      {}));
        const QString de = QStringLiteral("Nach 6 Monaten alle 6 Stunden eine Tablette.");
        QVERIFY(!find(run({de, PostKind::Post, Jurisdiction::DE, QStringLiteral("de")}), category::PhiAddress, de, {}));
    }

    void claimsAndNegation()
    {
        const QString text = QStringLiteral("Our whitening is completely painless and the results are guaranteed!");
        const Findings f = run({text});
        const Finding* painless = find(f, category::ClaimMisleading, text, QStringLiteral("painless"));
        QVERIFY(painless);
        QCOMPARE(painless->fix.kind, FindingFix::Kind::Replace);
        QCOMPARE(text.mid(painless->fix.start, painless->fix.end - painless->fix.start), QStringLiteral("painless"));
        QCOMPARE(painless->fix.text, QStringLiteral("comfortable"));
        QVERIFY(find(f, category::ClaimMisleading, text, QStringLiteral("guaranteed")));
        for (const QString& fine : {QStringLiteral("We can't cure a cold, but we can help you feel better."),
                                    QStringLiteral("Is implant surgery risk-free? No surgery is risk-free."),
                                    QStringLiteral("Not painless, but very manageable with good numbing."),
                                    QStringLiteral("Your permanent teeth come in around age six.")}) {
            QVERIFY2(!find(run({fine}), category::ClaimMisleading, fine, {}), qPrintable(fine));
        }
    }

    void claimsInOtherWords()
    {
        const QStringList claims{
            QStringLiteral("Say goodbye to back pain for good with our spinal decompression therapy!"),
            QStringLiteral("Our patients see results after the very first visit, every time."),
            QStringLiteral("Lose 20 pounds in 2 weeks with our medically supervised program!"),
            QStringLiteral("Eliminates anxiety in three sessions."),
            QStringLiteral("Results are instant and last forever."),
            QStringLiteral("The safest Botox in town."),
            QStringLiteral("Honestly, you don't need surgery for a bunion."),
            QStringLiteral("3 sessions of our signature peel and her melasma is GONE!"),
        };
        for (const QString& text : claims) {
            QVERIFY2(find(run({text}), category::ClaimMisleading, text, {}), qPrintable(text));
        }
        const QList<Input> more{
            {QStringLiteral("Mit unserer sanften Methode spüren Sie nichts!"),
             PostKind::Post,
             Jurisdiction::DE,
             QStringLiteral("de")},
            {QStringLiteral("¡Somos los mejores dentistas de todo El Paso! Tu sonrisa más blanca en una sola cita."),
             PostKind::Post,
             Jurisdiction::US,
             QStringLiteral("es")},
            {QStringLiteral(
                 "Anti-wrinkle injections with our specialist. Limited slots, book now before they're gone!"),
             PostKind::Post,
             Jurisdiction::UK,
             QStringLiteral("en")},
        };
        for (const Input& in : more) {
            const Findings f = run(in);
            QVERIFY2(std::count_if(
                         f.begin(), f.end(), [](const Finding& x) { return x.category == category::ClaimMisleading; })
                         >= 1,
                     qPrintable(in.text));
        }
        const QString de = QStringLiteral("Wir garantieren schmerzfreie Behandlung und dauerhafte Ergebnisse.");
        QVERIFY(
            find(run({de, PostKind::Post, Jurisdiction::DE, QStringLiteral("de")}), category::ClaimMisleading, de, {}));
        // The best of something else, even with a dentist further on.
        const QString stories = QStringLiteral("She tells the best stories about the dentist she saw in 1946.");
        QVERIFY(!find(run({stories}), category::ClaimMisleading, stories, {}));
        // Something else gone, or a question, is no claim.
        for (const QString& text : {QStringLiteral("The snow is gone, spring is here!"),
                                    QStringLiteral("Is your acne gone yet? Book a check-up.")}) {
            QVERIFY2(!find(run({text}), category::ClaimMisleading, text, {}), qPrintable(text));
        }
        // A superlative about something else is no claim.
        const QString wishes = QStringLiteral("Best wishes for the holidays from all of us!");
        QVERIFY(!find(run({wishes}), category::ClaimMisleading, wishes, {}));
    }

    void seriousConditionsNeedSupervision()
    {
        // UK (CAP 12.2): offering to treat a condition that needs medical supervision, with the whole list.
        const QString hypno = QStringLiteral("Our hypnotherapy sessions treat depression, IBS and infertility, and "
                                             "unlike tablets there are no side effects!");
        const Findings f = run({hypno, PostKind::Post, Jurisdiction::UK});
        const Finding* c = find(f, category::ClaimMisleading, hypno, QStringLiteral("infertility"));
        QVERIFY(c);
        QCOMPARE(c->ruleId, QStringLiteral("claim.misleading.condition"));
        QVERIFY(c->source.contains(QStringLiteral("12.2")));
        const QString helps = QStringLiteral("Our chiropractic care helps with asthma and migraines.");
        QVERIFY(find(run({helps, PostKind::Post, Jurisdiction::UK}), category::ClaimMisleading, helps, {}));
        // A verb that starts the text or follows a question still starts the claim.
        for (const QString& text : {QStringLiteral("Beat depression in 3 sessions."),
                                    QStringLiteral("Struggling? Beat depression with hypnotherapy.")}) {
            QVERIFY2(find(run({text, PostKind::Post, Jurisdiction::UK}), category::ClaimMisleading, text, {}),
                     qPrintable(text));
        }
        // Not when it is denied, not in other jurisdictions, not where the practice's field covers it.
        const QString denied = QStringLiteral("Chiropractic doesn't treat asthma; please see your GP.");
        QVERIFY(!find(run({denied, PostKind::Post, Jurisdiction::UK}), category::ClaimMisleading, denied, {}));
        QVERIFY(!find(run({helps, PostKind::Post, Jurisdiction::US}), category::ClaimMisleading, helps, {}));
        const QString therapy = QStringLiteral("We treat depression and anxiety with CBT and EMDR.");
        Input in{therapy, PostKind::Post, Jurisdiction::UK};
        in.practice.name = QStringLiteral("Calm Minds");
        in.practice.specialty = Specialty::Therapy;
        QVERIFY(!find(run(in), category::ClaimMisleading, therapy, {}));
        // Health education is no treatment offer.
        const QString gums = QStringLiteral("Diabetes and your gums: why regular check-ups matter.");
        QVERIFY(!find(run({gums, PostKind::Post, Jurisdiction::UK}), category::ClaimMisleading, gums, {}));
    }

    void jurisdictionPacksDiffer()
    {
        const QString botox = QStringLiteral("Botox special this month: book your anti-wrinkle injections today!");
        QVERIFY(!find(
            run({botox, PostKind::Post, Jurisdiction::US}), category::ClaimMisleading, botox, QStringLiteral("Botox")));
        const Finding* uk = find(run({botox, PostKind::Post, Jurisdiction::UK}), category::ClaimMisleading, botox, {});
        QVERIFY(uk);
        QCOMPARE(uk->ruleId, QStringLiteral("claim.misleading.pom"));
        QCOMPARE(uk->severity, Severity::Blocker);

        const QString de = QStringLiteral("Fadenlifting bei einer Patientin – links vorher, rechts nachher.");
        Input in{de, PostKind::Post, Jurisdiction::DE, QStringLiteral("de")};
        const Finding* ba = find(run(in), category::ClaimMisleading, de, QStringLiteral("vorher"));
        QVERIFY(ba);
        QCOMPARE(ba->ruleId, QStringLiteral("claim.misleading.beforeafter"));
        in.jurisdiction = Jurisdiction::US;
        QVERIFY(!find(run(in), category::ClaimMisleading, de, QStringLiteral("vorher")));
    }

    void adviceNeedsADisclaimer()
    {
        const QString text = QStringLiteral("Toothache? Take 600mg ibuprofen every 6 hours until you can see us.");
        const Finding* a = find(run({text}), category::AdviceDisclaimer, text, QStringLiteral("ibuprofen"));
        QVERIFY(a);
        QCOMPARE(a->fix.kind, FindingFix::Kind::Append);
        QVERIFY(!a->fix.text.isEmpty());
        // Stopping a medicine is advice too.
        const QString stop = QStringLiteral("You can stop the antibiotics once the swelling goes down.");
        QVERIFY(find(run({stop, PostKind::CommentReply}), category::AdviceDisclaimer, stop, {}));
        const QString with = text + QStringLiteral(" General info, not medical advice.");
        QVERIFY(!find(run({with}), category::AdviceDisclaimer, with, {}));
        // Everyday phrases and everyday hygiene are no medical advice.
        for (const QString& everyday : {QStringLiteral("🍦 Ice cream truck from 3pm!"),
                                        QStringLiteral("The best toothpaste is one with fluoride that you'll actually "
                                                       "use twice a day.")}) {
            QVERIFY2(!find(run({everyday}), category::AdviceDisclaimer, everyday, {}), qPrintable(everyday));
        }
        const QString es = QStringLiteral("Tome 600 mg de ibuprofeno cada 8 horas.");
        QVERIFY(find(
            run({es, PostKind::Post, Jurisdiction::US, QStringLiteral("es")}), category::AdviceDisclaimer, es, {}));
    }

    void sponsorshipMustBeDisclosedAtTheStart()
    {
        const QString hidden =
            QStringLiteral("We love the new SonicPro brush! Use code SMILE20 for 20% off. #dental #smile #teeth #ad");
        const Finding* f = find(run({hidden}), category::EndorsementUndisclosed, hidden, {});
        QVERIFY(f);
        QCOMPARE(f->ruleId, QStringLiteral("endorsement.undisclosed.buried"));
        // Thanks for free products is a gift.
        const QString free =
            QStringLiteral("Huge thanks to OrthoFlex for our free demo braces — check them out at orthoflex.com!");
        QVERIFY(find(run({free}), category::EndorsementUndisclosed, free, {}));
        const QString open = QStringLiteral("#ad We love the new SonicPro brush! Use code SMILE20 for 20% off.");
        QVERIFY(!find(run({open}), category::EndorsementUndisclosed, open, {}));
        const QString de = QStringLiteral("Über unseren Partnerlink flowroll.de/physio bekommt ihr 15 % Rabatt.");
        QVERIFY(find(run({de, PostKind::Post, Jurisdiction::DE, QStringLiteral("de")}),
                     category::EndorsementUndisclosed,
                     de,
                     {}));
        // The account a gift comes from is a brand, not a patient.
        const QString brand = QStringLiteral(
            "#ad Loving our new water flossers from @aquajet.oral! They sent one for every hygienist in the office.");
        QVERIFY(!find(run({brand}), category::PhiPerson, brand, {}));
        // Thanks for hosting the practice is no gift to it; thanks for products is.
        const QString hosted = QStringLiteral("Thanks to @lincolnelementary for having us at dental health week!");
        QVERIFY(!find(run({hosted}), category::EndorsementUndisclosed, hosted, {}));
        const QString gift = QStringLiteral("Thanks to @brightbean for the free samples!");
        QVERIFY(find(run({gift}), category::EndorsementUndisclosed, gift, {}));
        const QString label = QStringLiteral("Anzeige | Unser Partnerlink: flowroll.de/physio bringt 15 % Rabatt.");
        QVERIFY(!find(run({label, PostKind::Post, Jurisdiction::DE, QStringLiteral("de")}),
                      category::EndorsementUndisclosed,
                      label,
                      {}));
    }

    void limitsPerNetworkAndAltText()
    {
        Input in{QString(300, QLatin1Char('a'))};
        in.platforms = {Platform::X, Platform::Bluesky, Platform::Facebook};
        const Findings f = run(in);
        int limits = 0;
        for (const Finding& x : f) {
            if (x.category == category::PlatformLimit) {
                ++limits;
                QVERIFY(x.isWholePost());
                QCOMPARE(x.severity, Severity::Blocker);
                QVERIFY(x.message.contains(QStringLiteral("X")));
            }
        }
        QCOMPARE(limits, 1); // over on X only; Bluesky allows 300
        Input image{QStringLiteral("Our new treatment room.")};
        DraftMedia m;
        image.media = {m};
        QVERIFY(find(run(image), category::AccessibilityAltText, image.text, {}));
        image.media[0].altText = QStringLiteral("A bright treatment room");
        QVERIFY(!find(run(image), category::AccessibilityAltText, image.text, {}));
        image.media[0].showsPatient = true;
        const Findings photo = run(image);
        QVERIFY(find(photo, category::PhiPhoto, image.text, {}));
        QVERIFY(find(photo, category::ConsentMissing, image.text, {}));
    }

    void customTermsAndVeterinaryPractices()
    {
        Practice p;
        p.name = QStringLiteral("Mapleton Vets");
        p.customTerms = {QStringLiteral("free whitening")};
        Input in{QStringLiteral("Ask about free whitening this month!")};
        in.practice = p;
        QVERIFY(find(run(in), category::ClaimMisleading, in.text, QStringLiteral("free whitening")));
        p.specialty = Specialty::Veterinary;
        Input vet{QStringLiteral("Thanks, Dana, for bringing Pickles in for his hoof trim today!"), PostKind::Post};
        vet.practice = p;
        QVERIFY(!find(run(vet), category::PhiPerson, vet.text, {}));
    }

    void spansAreValidAndChecksAreDeterministic()
    {
        const QStringList samples{QStringLiteral("Mr. Ö, 1/2/1999 📞 +49 30 1234567 🦷🦷 café #ad"),
                                  QStringLiteral("\n\n\t"),
                                  QString(),
                                  QStringLiteral("@x @y #z 100% guaranteed cure!!!")};
        for (const QString& s : samples) {
            const Findings a = run({s, PostKind::ReviewReply});
            const Findings b = run({s, PostKind::ReviewReply});
            QCOMPARE(a, b);
            for (const Finding& f : a) {
                QVERIFY(f.start >= 0 && f.start <= f.end && f.end <= s.size());
                QVERIFY(!f.ruleId.isEmpty() && category::all().contains(f.category));
                QVERIFY(!f.message.isEmpty());
            }
        }
    }

    void safeFromManyThreads()
    {
        const QString text =
            QStringLiteral("Owen, glad the stitches from your hand laceration on April 22 healed. Call "
                           "(816) 555-0107 for your follow-up.");
        const Findings expected = run({text, PostKind::ReviewReply});
        QList<int> runs(64);
        std::iota(runs.begin(), runs.end(), 0);
        const QList<bool> same = QtConcurrent::blockingMapped(runs, [&](int) {
            return run({text, PostKind::ReviewReply}) == expected;
        });
        QVERIFY(std::all_of(same.cbegin(), same.cend(), [](bool b) { return b; }));
    }
};

QTEST_GUILESS_MAIN(TestComplianceEngine)
#include "tst_complianceengine.moc"
