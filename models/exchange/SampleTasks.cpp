#include "exchange/SampleTasks.h"

#include <iterator>

namespace doo {

const SampleTask kSampleTasks[] = {
    // To do
    {"Draft Q3 budget proposal", "Start from Q2 actuals; flag the travel and software lines, both ran over."},
    {"Review vendor contracts", "Cleaning and catering renew in January. Check notice periods and price clauses."},
    {"Prepare board presentation", "Ten slides at most: results, hiring, the two risks the board asked about."},
    {"Hire a data analyst", "Agree the job description with HR and post it on the usual three boards."},
    {"Update team OKRs", "Carry over the reporting objective; drop the one nobody owned."},
    {"One-on-one with Sam", "Talk about the team lead role and the training Sam asked for."},
    {"Renew software licences", "The design suite and the survey tool expire this month. Check seat counts first."},
    {"Audit travel expenses", "Spot-check twenty claims from last quarter against the travel policy."},
    {"Write the quarterly newsletter", "Welcome the two new starters, the office move date, the survey results."},
    {"Plan the offsite", "Two days in spring, 14 people. Get three venue quotes within the budget line."},
    {"Fix onboarding documentation", "The laptop set-up steps are out of date since the new VPN."},
    {"Negotiate printer lease", "The lease ends in March. Ask for fewer devices and a lower page price."},
    {"Review security policy", "IT sent the draft; comment on remote work and on visitors' Wi-Fi."},
    {"Set up the shared drive", "One folder per project, read access for the whole team, finance folder restricted."},
    {"Collect customer feedback", "Call five key customers; same questions as last year so we can compare."},
    {"Approve marketing plan", "Marketing needs a yes by Friday to book the spring campaign."},
    {"Check payroll changes", "Two promotions and one part-time change take effect next month."},
    {"Prepare audit documents", "The auditors want contracts, approvals and the asset list by the 15th."},
    // In progress
    {"Clean up the CRM", "Merge duplicate companies and close contacts who left; about 300 records."},
    {"Migrate old reports", "Move the monthly reports from the old share to the new drive, newest first."},
    {"Define the KPI dashboard", "Five figures at most, each with an owner and a source."},
    {"Interview candidates", "Three analyst candidates this week; use the shared scorecard."},
    {"Order office supplies", "Whiteboard markers, notebooks, and two monitor arms."},
    {"Update the risk register", "Add the supplier dependency; review the likelihood of the others."},
    {"Review training budget", "Half the year's budget is left; match it with the training requests."},
    {"Send the monthly report", "Figures from finance arrive on the 3rd; send by the 5th."},
    {"Organise the team lunch", "Celebrate the product launch. Book for 15, ask about dietary needs."},
    {"Evaluate the CRM vendors", "Compare the two shortlisted vendors on cost, import and support."},
    {"Plan hiring for next year", "Headcount request to finance: two analysts, one coordinator."},
    {"Draft the remote work policy", "Start from the pilot's survey; two home days a week as the default."},
    // Review
    {"Expense policy update", "Draft sent to finance for review; new meal and taxi limits."},
    {"Supplier scorecard", "Scores for the top ten suppliers, waiting for procurement's comments."},
    {"Job description for the coordinator role", "HR to check the salary band and the wording."},
    {"Q2 results summary", "One page for the leadership meeting; finance checks the figures."},
    {"Meeting room booking rules", "Proposal: two hours at most, release no-shows after 15 minutes."},
    {"Customer survey questions", "Twelve questions; the research team reviews the wording."},
    {"Team rota for the holidays", "Everyone has put in their dates; check cover for the last week of December."},
    {"Data retention schedule", "Legal to confirm how long we keep consultation records."},
    // Completed
    {"Sign the cleaning contract", "Signed for two years with a price review after the first."},
    {"Welcome pack for new starters", "Printed and in the cupboard; the digital copy is on the shared drive."},
    {"Close the Q2 books", "Accruals booked, variance explained to finance."},
    {"Appraisals for the team", "All eight done; training wishes passed on to HR."},
    {"Move to the new phone system", "Everyone has a number and voicemail; the old lines are cancelled."},
    {"Fire safety training", "All staff attended; certificates filed."},
    {"Replace the meeting room screen", "New screen mounted, cable adapters in the drawer."},
    {"Publish the org chart", "On the intranet, with the two new roles."},
    {"Annual leave carry-over", "Balances checked and confirmed to each person."},
    {"Renew the domain name", "Renewed for three years; auto-renewal switched on."},
    {"Insurance renewal", "Same cover, premium 4% higher; approved."},
    {"Quarterly supplier payments review", "No duplicates found; two late invoices chased."},
    {"Update the emergency contacts list", "Every team member confirmed their contact."},
    {"Induction for the new coordinator", "Accounts, laptop, first-week meetings done."},
    {"Archive last year's projects", "Folders moved to the archive, access read-only."},
    {"Answer the staff survey", "Department results shared with the team at the monthly meeting."},
    {"Set up the visitor sign-in", "Tablet at reception, privacy notice displayed."},
    // Cancelled
    {"Second office printer", "Not needed once the lease moved to fewer, faster devices."},
    {"Team building boat trip", "Replaced by the spring offsite."},
    {"Translate the handbook", "Postponed to next year's budget."},
    {"Pilot the chat tool", "IT chose a company-wide tool instead."},
    {"Redesign the intranet page", "The communications team redoes every page next quarter."},
};

const std::size_t kSampleTaskCount = std::size(kSampleTasks);

} // namespace doo
