import type { RequirementSeed } from "./dp162";

/** The first draft business requirements of DP162, written from its expected scope. BR-nn follows this order. */
export const REQUIREMENTS: RequirementSeed[] = [
  {
    area: "MDR-ROLE",
    title: "Create a Metering Data Retrieval User Role",
    body: `The SEC shall define a new DCC **User Role**, *MDR User*, for Parties that carry out the Metering Data Retrieval service of the MHHS Target Operating Model.

The role sits beside the existing User Roles (Import and Export Suppliers, Gas Import Supplier, Network Operators, Other User) and must not change what those roles may do.`,
    links: [{ sec: "Section A" }, { sec: "Section H" }, { tom: "Smart Data Service: Metering Data Retrieval" }],
  },
  {
    area: "MDR-ROLE",
    title: "Eligibility to act in the MDR role",
    body: `Only a SEC Party that is appointed to provide the MDR service for a metering point may become an MDR User.

- The appointment is evidenced through the MHHS registration data, not by self-declaration.
- A Party may hold the MDR role alongside other User Roles.`,
    links: [{ requirement: 1 }, { sec: "Section H" }],
  },
  {
    area: "MDR-ROLE",
    title: "Access limited to appointed metering points",
    body: `An MDR User shall only be able to send Service Requests to Devices at metering points for which it holds a current MDR appointment.

When an appointment ends, the DCC shall refuse further Service Requests from that MDR User for the metering point from the effective date of the change.`,
    links: [{ requirement: 2 }, { sec: "Appendix E" }],
  },
  {
    area: "MDR-ROLE",
    title: "Definitions for the MDR role",
    body: "Section A shall define *MDR User*, *Metering Data Retrieval Service* and *MDR Appointment*, aligned with the definitions used in the other industry codes for MHHS.",
    links: [{ sec: "Section A" }],
  },
  {
    area: "SERVICE-REQUESTS",
    title: "Reading Service Requests available to MDR Users",
    body: `MDR Users shall be eligible to send the reading Service Requests needed to retrieve half-hourly consumption, including:

| Service Request | Purpose |
| --- | --- |
| 4.1 Read Instantaneous Import Registers | current register values |
| 4.6 Retrieve Daily Read Log | daily reads |
| 4.8.1 / 4.8.2 / 4.8.3 Read Profile Data | active import, reactive import and export half-hourly profiles |

Which Service Requests are finally granted is to be agreed with the DCC and TABASC.`,
    links: [{ serviceRequest: "4.1" }, { serviceRequest: "4.6" }, { serviceRequest: "4.8.1" }, { serviceRequest: "4.8.2" }, { serviceRequest: "4.8.3" }, { sec: "Appendix AD" }],
  },
  {
    area: "SERVICE-REQUESTS",
    title: "No configuration or control Service Requests",
    body: "The MDR role is read-only: MDR Users shall not be eligible for any Service Request that changes Device configuration, tariffs, supply state or security credentials.",
    links: [{ requirement: 5 }, { sec: "Appendix AD" }],
  },
  {
    area: "SERVICE-REQUESTS",
    title: "Target Response Times for MDR Service Requests",
    body: `Appendix E shall state a Target Response Time for each Service Request the MDR role may send, for On-Demand and Future-Dated sending.

The Target Response Times shall be no longer than those that apply to the same Service Request sent by an Import Supplier, unless the DCC's assessment shows a cost case for a longer time.`,
    links: [{ sec: "Appendix E" }],
  },
  {
    area: "SERVICE-REQUESTS",
    title: "Scheduled retrieval of profile data",
    body: "MDR Users shall be able to create DCC schedules for the Read Profile Data Service Requests, so that half-hourly data is retrieved daily without a Service Request per read.",
    links: [{ serviceRequest: "4.8.1" }, { serviceRequest: "4.8.3" }],
  },
  {
    area: "SERVICE-REQUESTS",
    title: "Testing scenarios for MDR Service Requests",
    body: `The DCC shall provide testing scenarios for each Service Request the MDR role may send, covering:

1. a successful response within the Target Response Time;
2. a refusal for a metering point without an MDR appointment;
3. a refusal for a Service Request the role is not eligible for.`,
    links: [{ requirement: 3 }, { requirement: 6 }],
  },
  {
    area: "SECURITY-PRIVACY",
    title: "Security obligations for MDR Users",
    body: "MDR Users shall meet the User security obligations of Section G, including a User Security Assessment before first acting in the role, proportionate to a read-only role.",
    links: [{ sec: "Section G" }],
  },
  {
    area: "SECURITY-PRIVACY",
    title: "Data privacy controls for half-hourly data",
    body: `Section I shall set out the basis on which an MDR User may retrieve consumption data, consistent with the data access framework Ofgem set for MHHS.

MDR Users shall be subject to privacy assessments in the same way as Other Users retrieving consumption data.`,
    links: [{ sec: "Section I" }],
  },
  {
    area: "SECURITY-PRIVACY",
    title: "Anomaly detection thresholds for the MDR role",
    body: "The DCC shall apply anomaly detection thresholds to Service Requests from MDR Users, set per Service Request and reviewed with the Security Sub-Committee.",
    links: [{ sec: "Section G" }, { requirement: 10 }],
  },
  {
    area: "SECURITY-PRIVACY",
    title: "Certificates and Remote Party Role for MDR Users",
    body: "A distinct Remote Party Role code shall identify MDR Users in the certificates they use to sign Service Requests, so that Devices and the DCC can tell them apart from other User Roles.",
    links: [{ sec: "Section L" }, { requirement: 1 }],
  },
  {
    area: "USER-ENTRY",
    title: "User Entry Process for the MDR role",
    body: "Section H1 shall require a Party to complete the User Entry Process for the MDR role, including User Entry Process Tests for each eligible Service Request, before it acts as an MDR User.",
    links: [{ sec: "Section H1" }, { requirement: 9 }],
  },
  {
    area: "USER-ENTRY",
    title: "Existing Users adding the MDR role",
    body: "A Party that is already a User in another role shall only need to complete the parts of the User Entry Process that are specific to the MDR role.",
    links: [{ requirement: 14 }],
  },
];
