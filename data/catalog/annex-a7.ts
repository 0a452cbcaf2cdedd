/**
 * Annex A, theme A.7: physical controls.
 *
 * Facts (control numbering, official short titles, and which controls are new in the 2022 edition) are
 * taken from ISO/IEC 27001:2022 Annex A. All other wording (questions, help, evidence, effort, weight) is
 * our own and is not copied from ISO/IEC 27001 or ISO/IEC 27002.
 */
import type { CatalogItemData } from './types';

export const annexA7 = [
  {
    id: 'A.7.1',
    title: 'Physical security perimeters',
    question:
      'Have you drawn a clear boundary around the offices or rooms that hold sensitive equipment or data, with solid walls, doors and locks?',
    help:
      'The sites in scope are listed, and for each one the protected zones (office floor, server or network room, archive) are marked on a floor plan with walls, doors and windows strong enough for what they protect. A cloud-only or remote-first company usually keeps this short: it names its office, if any, and relies on the cloud provider\'s certified data centres, backed by their audit reports.',
    evidence: [
      'Site list and floor plan with secure zones marked',
      'Walkthrough of doors, windows and entry points',
      'Cloud provider ISO 27001 or SOC 2 report for hosting',
    ],
    effort: 'S',
    weight: 2,
  },
  {
    id: 'A.7.2',
    title: 'Physical entry',
    question:
      'Can only authorised people get into your office and restricted rooms, and do you know who visited and when?',
    help:
      'Entry uses badges, keys or codes issued to named people, visitors sign in, wear a badge and are escorted in restricted spots, and delivery areas are kept apart from working areas. Access lists are reviewed and leavers\' badges are cancelled promptly; in a shared or co-working office, the landlord\'s controls are documented and private rooms are lockable.',
    evidence: [
      'Badge or key issue list with periodic review',
      'Visitor log for a sample period',
      'Record of badges deactivated for leavers',
    ],
    effort: 'S',
    weight: 2,
  },
  {
    id: 'A.7.3',
    title: 'Securing offices, rooms and facilities',
    question:
      'Are rooms holding sensitive things, such as servers, network gear or files, locked and kept out of view from the public?',
    help:
      'Network cabinets, comms rooms and file storage are locked, and access is limited to those who need it. Signs, directories and visible screens don\'t advertise where sensitive work happens, and meeting rooms facing the street keep confidential material out of sight. With no on-site servers, the check narrows to the network closet, any stored paperwork and the office itself.',
    evidence: [
      'Walkthrough notes or photos of locked rooms and cabinets',
      'List of who holds keys to restricted rooms',
    ],
    effort: 'S',
    weight: 1,
  },
  {
    id: 'A.7.4',
    title: 'Physical security monitoring',
    question:
      'Do you watch your premises for break-ins or unauthorised entry, for example with alarms, cameras or a guard service?',
    help:
      'Intrusion alarms, door sensors or CCTV cover entry points and sensitive rooms, alerts reach someone who will respond out of hours, and recordings are kept for a set period under privacy rules. A landlord-run or co-working building can satisfy this if the arrangement is written down; for hosted systems the auditor accepts the cloud provider\'s attestation in place of your own cameras.',
    evidence: [
      'Alarm or CCTV coverage plan',
      'Monitoring contract or landlord security arrangement',
      'Sample alarm event or incident log',
      'CCTV retention and privacy notice',
    ],
    effort: 'M',
    weight: 2,
    newIn2022: true,
  },
  {
    id: 'A.7.5',
    title: 'Protecting against physical and environmental threats',
    question:
      'Have you thought about fire, flood, power cuts or similar events at your sites, and put protections in place for the equipment that matters?',
    help:
      'A short site risk review considers fire, water, heat, storms and similar hazards, and the answers show up in practice: smoke detection and extinguishers, equipment off the floor and away from pipes, and regular tests. For cloud-only firms most of this sits with the hosting provider, so the evidence is their attestation plus a sensible choice of regions and zones for resilience.',
    evidence: [
      'Site hazard assessment',
      'Fire safety inspection or extinguisher service records',
      'Cloud region and availability-zone design',
    ],
    effort: 'S',
    weight: 1,
  },
  {
    id: 'A.7.6',
    title: 'Working in secure areas',
    question:
      'If you have restricted rooms, are there rules for who may work inside them and what they may bring in, like phones or cameras?',
    help:
      'Rules for restricted rooms are written and posted: no lone working where that is risky, no unapproved recording devices, and vacant rooms locked and checked. People who use these rooms know the rules, and visitors or contractors inside are supervised. Companies with no secure areas can mark this not applicable, with a reason, in the Statement of Applicability (the list of controls saying which apply and why).',
    evidence: [
      'Secure area rules or signage',
      'Supervision log for contractor work in restricted rooms',
    ],
    effort: 'S',
    weight: 1,
  },
  {
    id: 'A.7.7',
    title: 'Clear desk and clear screen',
    question:
      'Do people lock their screens when they step away and put away sensitive papers, at the office and at home?',
    help:
      'A brief rule asks staff to lock screens, clear printouts and tidy whiteboards when leaving a desk, and devices enforce an automatic screen lock after a few minutes idle. Shredding bins and pull-printing help in offices; at home, the same rule covers family members and shared spaces. Spot checks or walk-rounds show it is actually followed.',
    evidence: [
      'Clear desk and screen rule in policy',
      'Device management setting for auto screen lock',
      'Spot check or walk-round results',
    ],
    effort: 'S',
    weight: 2,
  },
  {
    id: 'A.7.8',
    title: 'Equipment siting and protection',
    question:
      'Is important equipment placed where it is safe from damage, theft and prying eyes, such as screens not facing windows?',
    help:
      'Servers, network devices and printers sit in locked or low-traffic spots, away from water, heat and food, and screens showing sensitive data can\'t be read from outside. Environmental conditions are watched where needed. For a cloud-first company this is mostly about the office network gear and staff laptops, with hosted servers covered by the provider.',
    evidence: [
      'Walkthrough observations or photos',
      'Equipment location list for network and server gear',
    ],
    effort: 'S',
    weight: 1,
  },
  {
    id: 'A.7.9',
    title: 'Security of assets off-premises',
    question:
      'Are laptops and phones that leave the office protected, for example encrypted, trackable and wipeable if they are lost or stolen?',
    help:
      'Every device that leaves the premises is in the asset register, enrolled in device management, fully encrypted and can be locked or wiped remotely. Staff know not to leave kit unattended in cars or public places and how to report a loss fast. For remote-first teams this covers the whole fleet, so auditors pick sampled devices and check each one against the management console.',
    evidence: [
      'Asset register listing assigned devices',
      'Device management compliance report (encryption, remote wipe)',
      'Lost or stolen device procedure and incident records',
    ],
    effort: 'M',
    weight: 3,
  },
  {
    id: 'A.7.10',
    title: 'Storage media',
    question:
      'Do you control USB sticks, external drives and printed records that hold company data, from use through to destruction?',
    help:
      'There is a clear stance on removable media: blocked by default or allowed only encrypted and for approved uses. Any media holding sensitive data is labelled, tracked when it moves, and destroyed or wiped in a way that leaves nothing recoverable, with a certificate or log. Cloud-native teams often satisfy most of this by blocking USB storage through device management.',
    evidence: [
      'Removable media policy',
      'Device management setting blocking or encrypting USB storage',
      'Media destruction log or certificates',
    ],
    effort: 'S',
    weight: 2,
  },
  {
    id: 'A.7.11',
    title: 'Supporting utilities',
    question:
      'Would a power cut, internet outage or air-conditioning failure take down something important, and have you planned for it?',
    help:
      'Critical on-premises equipment has backup power (a UPS at minimum, a generator if justified), cooling is monitored, and the office has a second internet link or a tested plan to keep working elsewhere. Equipment is serviced and failover is tested. Where everything runs in the cloud, the provider\'s redundancy covers the servers and staff can simply work from another connection.',
    evidence: [
      'UPS or generator test records',
      'Internet link redundancy or continuity plan',
      'Cloud provider resilience attestation',
    ],
    effort: 'S',
    weight: 1,
  },
  {
    id: 'A.7.12',
    title: 'Cabling security',
    question:
      'Are the power and network cables at your sites protected from being cut, tampered with or tapped?',
    help:
      'Network and power cabling runs in ducts, ceilings or locked cabinets rather than open public areas, patch panels are labelled and locked, and power and data cables are kept apart where interference matters. This rarely applies beyond a small office network for cloud-only companies and can be short, but unused wall ports in public areas should be disabled.',
    evidence: [
      'Cabling or patch panel documentation',
      'Walkthrough check of comms cabinets and floor ports',
    ],
    effort: 'S',
    weight: 1,
  },
  {
    id: 'A.7.13',
    title: 'Equipment maintenance',
    question:
      'Is equipment serviced on a schedule by trusted people, and is data protected when a device goes out for repair?',
    help:
      'Hardware such as network gear, UPS units and laptops is maintained according to the maker\'s advice, only authorised technicians carry out repairs, and each job is logged. Devices sent out for repair are wiped first or repaired under a data protection agreement, and are checked before going back into use.',
    evidence: [
      'Maintenance schedule and service records',
      'Repair log with technician or vendor names',
      'Vendor agreement covering data on repaired devices',
    ],
    effort: 'S',
    weight: 1,
  },
  {
    id: 'A.7.14',
    title: 'Secure disposal or re-use of equipment',
    question:
      'Before you throw away, sell or hand on an old laptop or drive, do you make sure all company data on it is wiped for good?',
    help:
      'Devices are securely erased with a recognised method or physically destroyed before being reissued, resold or recycled, and licensed software is removed. A certified disposal vendor provides certificates tied to serial numbers, and the asset register is updated. Auditors often trace a few retired laptops from the register to their wipe or destruction record.',
    evidence: [
      'Disposal and re-use procedure',
      'Wipe or destruction certificates tied to serial numbers',
      'Asset register entries for retired devices',
    ],
    effort: 'S',
    weight: 2,
  },
] satisfies readonly CatalogItemData[];
